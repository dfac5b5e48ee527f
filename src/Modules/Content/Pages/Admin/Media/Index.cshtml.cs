using ChildSafety.Content.Data;
using ChildSafety.Content.Items;
using ChildSafety.Content.Media;
using ChildSafety.Core;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Content.Pages.Admin.Media;

/// <summary>The media library: the files of the editor's organization and the province's, newest first, searchable by name and alt text.</summary>
public sealed class IndexModel(ContentDbContext db, CallerScopeAccessor callers) : PageModel
{
    private const int PageSize = 24;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Paged<MediaItem> Files { get; private set; } = new([], Paging.Of(1, PageSize, 0));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await callers.GetAsync(User, cancellationToken) is not { } caller)
        {
            return Forbid();
        }
        var query = db.Media.AsNoTracking().VisibleTo(caller);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var folded = Folding.Fold(Q.Trim());
            query = query.Where(m => m.SearchText.Contains(folded));
        }
        Files = await query.OrderByDescending(m => m.CreatedAt).ToPagedAsync(PageNumber, PageSize, cancellationToken);
        return Page();
    }
}
