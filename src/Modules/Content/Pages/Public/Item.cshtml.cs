using ChildSafety.Content.Items;
using ChildSafety.Content.Publishing;
using ChildSafety.Content.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace ChildSafety.Content.Pages.Public;

/// <summary>One published lesson, article, news item, poster or page; unknown and unpublished slugs are 404.</summary>
[OutputCache(PolicyName = ContentCache.Policy)]
public sealed class ItemModel(PublishedContent content) : PageModel
{
    public PublishedItem Item { get; private set; } = null!;

    public HeadTags Head => new(Item.Title, Item.Summary, Item.Path, Item.CoverImage, "article");

    public async Task<IActionResult> OnGetAsync(string section, string slug, CancellationToken cancellationToken)
    {
        if (ContentLabels.TypeOfSection(section) is not { } type || type == ContentType.HandbookChapter
            || await content.FindAsync(type, slug, cancellationToken) is not { } item)
        {
            return NotFound();
        }
        Item = item;
        return Page();
    }
}
