using ChildSafety.Content.Data;
using ChildSafety.Content.Reading;
using ChildSafety.Content.Schools;
using ChildSafety.Core;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChildSafety.Content.Pages.Schools;

/// <summary>One school's public page: hotline 111 first, the school's own reporting channels, then its published awareness content.</summary>
public sealed class SchoolModel(SchoolDirectory schools, PublishedContent content, ContentDbContext db) : PageModel
{
    private const int PageSize = 12;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public SchoolSummary School { get; private set; } = null!;

    public ReportingChannels? Channels { get; private set; }

    public Paged<PublishedItem> Items { get; private set; } = new([], Paging.Of(1, PageSize, 0));

    public HeadTags Head => new(School.Name, School.Name, School.PublicPath, null, "website");

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await schools.FindAsync(code, cancellationToken) is not { } school)
        {
            return NotFound();
        }
        School = school;
        Channels = await schools.ChannelsAsync(school.Id, cancellationToken);
        var owned = db.Items.Where(i => i.OwnerOrganizationId == school.Id).Select(i => i.Id);
        Items = await content.All().Where(i => owned.Contains(i.Id))
            .OrderByDescending(i => i.PublishedAt).ThenBy(i => i.Title)
            .ToPagedAsync(PageNumber, PageSize, cancellationToken);
        return Page();
    }
}
