using ChildSafety.Content.Schools;
using ChildSafety.Core;
using ChildSafety.Core.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChildSafety.Content.Pages.Schools;

/// <summary>Every school's public page, grouped by the office the school reports to, filtered by name and level.</summary>
public sealed class IndexModel(SchoolDirectory schools) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public SchoolLevel? Level { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Paged<SchoolSummary> Schools { get; private set; } = new([], Paging.Of(1, PageSize, 0));

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Schools = await schools.ListAsync(Q, Level, PageNumber, PageSize, cancellationToken);
}
