using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Core;
using ChildSafety.Site.Admin;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Site.Pages.Admin.Organizations;

/// <summary>The units in the caller's scope with their parent and head count, filtered and a page at a time.</summary>
public sealed class IndexModel(CoreDbContext db, CallerScopeAccessor scopes, OrganizationChoices choices) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Parent { get; set; }

    [BindProperty(SupportsGet = true)]
    public OrganizationKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public SchoolLevel? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Status { get; set; } = "active";

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.Of(1, PageSize, 0);

    public List<SelectListItem> Parents { get; private set; } = [];

    public int CallerOrganizationId { get; private set; }

    public bool IsAdministrator { get; private set; }

    public sealed record Row(int Id, string Name, string Code, OrganizationKind Kind, SchoolLevel? Level, string? ParentName, bool IsActive, int People);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        CallerOrganizationId = caller.OrganizationId;
        IsAdministrator = caller.IsAdministrator;
        Parents = await choices.InScopeAsync(caller, parentsOnly: true, cancellationToken);

        var query = db.Organizations.AsNoTracking().Where(o => o.Path.StartsWith(caller.RootPath));
        if (Parent is { } parentId)
        {
            query = query.Where(o => o.ParentId == parentId);
        }
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim();
            var code = term.ToUpperInvariant();
            query = query.Where(o => o.Name.Contains(term) || o.Code.Contains(code));
        }
        if (Kind is { } kind)
        {
            query = query.Where(o => o.Kind == kind);
        }
        if (Level is { } level)
        {
            query = query.Where(o => o.Level == level);
        }
        query = Status switch
        {
            "inactive" => query.Where(o => !o.IsActive),
            "all" => query,
            _ => query.Where(o => o.IsActive),
        };

        Paging = Paging.Of(PageNumber, PageSize, await query.CountAsync(cancellationToken));
        Rows = await query
            .OrderBy(o => o.Kind).ThenBy(o => o.Name)
            .Skip(Paging.Skip)
            .Take(PageSize)
            .Select(o => new Row(o.Id, o.Name, o.Code, o.Kind, o.Level, o.Parent == null ? null : o.Parent.Name, o.IsActive,
                db.Users.Count(p => p.OrganizationId == o.Id && p.IsActive)))
            .ToListAsync(cancellationToken);
        return Page();
    }
}
