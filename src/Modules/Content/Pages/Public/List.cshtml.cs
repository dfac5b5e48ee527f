using ChildSafety.Core.Topics;
using ChildSafety.Content.Items;
using ChildSafety.Core;
using ChildSafety.Content.Publishing;
using ChildSafety.Content.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Content.Pages.Public;

/// <summary>Lessons, awareness articles, news and posters: one list per type, filtered by topic and audience.</summary>
[OutputCache(PolicyName = ContentCache.Policy)]
public sealed class ListModel(PublishedContent content, TopicCatalog topics, IStringLocalizer<ContentText> text) : PageModel
{
    private const int PageSize = 12;

    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true)]
    public Audience? Audience { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public ContentType Type { get; private set; }

    public string Section => ContentLabels.Sections[Type];

    public bool HasFilters => Type != ContentType.News;

    public Paged<PublishedItem> Items { get; private set; } = new([], Paging.Of(1, PageSize, 0));

    public HeadTags Head { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string section, CancellationToken cancellationToken)
    {
        if (ContentLabels.TypeOfSection(section) is not { } type)
        {
            return NotFound();
        }
        Type = type;
        Head = new HeadTags(text[ContentLabels.ListTitle(type)], null, $"/{Section}");
        if (Topic is not null && !topics.IsKnown(Topic))
        {
            Topic = null;
        }
        Items = await content.ListAsync(type, Topic, Audience, PageNumber, PageSize, cancellationToken);
        return Page();
    }
}
