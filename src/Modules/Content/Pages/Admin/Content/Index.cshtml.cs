using ChildSafety.Core.Text;
using ChildSafety.Content.Data;
using ChildSafety.Content.Items;
using ChildSafety.Core;
using ChildSafety.Content.Rendering;
using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Content.Pages.Admin.Content;

/// <summary>The editors' list: their organization's items and the province's, filtered and paginated.</summary>
public sealed class IndexModel(ContentDbContext db, CoreDbContext core, CallerScopeAccessor callers) : PageModel
{
    private const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public ContentType? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public ContentState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public Paged<Row> Items { get; private set; } = new([], Paging.Of(1, PageSize, 0));

    public IReadOnlyDictionary<int, string> Organizations { get; private set; } = new Dictionary<int, string>();

    public CallerScope? Caller { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Caller = await callers.GetAsync(User, cancellationToken);
        if (Caller is null)
        {
            return Forbid();
        }
        var query = db.Items.VisibleTo(Caller);
        if (Type is { } type)
        {
            query = query.Where(i => i.Type == type);
        }
        if (State is { } state)
        {
            query = query.Where(i => i.State == state);
        }
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var folded = Folding.Fold(Q.Trim());
            query = query.Where(i => i.FoldedTitle.Contains(folded) || i.Slug.Contains(folded));
        }
        Items = await query.OrderByDescending(i => i.UpdatedAt)
            .Select(i => new Row(i.Id, i.Type, i.Title, i.Slug, i.State, i.OwnerOrganizationId, i.OwnerPath, i.PublishedVersion, i.ScheduledAt, i.UpdatedAt))
            .ToPagedAsync(PageNumber, PageSize, cancellationToken);
        var owners = Items.Rows.Select(r => r.OwnerOrganizationId).Distinct().ToList();
        Organizations = await core.Organizations.Where(o => owners.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return Page();
    }

    public sealed record Row(
        Guid Id, ContentType Type, string Title, string Slug, ContentState State, int OwnerOrganizationId, string OwnerPath,
        int? PublishedVersion, DateTimeOffset? ScheduledAt, DateTimeOffset UpdatedAt);
}
