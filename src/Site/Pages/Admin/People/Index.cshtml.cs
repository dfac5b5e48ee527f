using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Core;
using ChildSafety.Site.Admin;
using ChildSafety.Site.Roster;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Site.Pages.Admin.People;

/// <summary>Everyone in the caller's scope, filtered, sorted and a page at a time.</summary>
public sealed class IndexModel(CoreDbContext db, CallerScopeAccessor scopes, OrganizationChoices choices, RosterExport export) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Org { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public Position? Position { get; set; }

    /// <summary>"active" (default), "inactive" or "all".</summary>
    [BindProperty(SupportsGet = true)]
    public string Status { get; set; } = "active";

    /// <summary>"name" (default), "email", "organization" or "started"; a leading "-" sorts descending.</summary>
    [BindProperty(SupportsGet = true)]
    public string Sort { get; set; } = "name";

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.Of(1, PageSize, 0);

    public List<SelectListItem> Organizations { get; private set; } = [];

    public sealed record Row(Guid Id, string FullName, string Email, string Organization, Position Position, bool IsActive, IReadOnlyList<string> Roles);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        Organizations = await choices.InScopeAsync(caller, parentsOnly: false, cancellationToken);
        var query = await FilteredAsync(caller, cancellationToken);
        Paging = Paging.Of(PageNumber, PageSize, await query.CountAsync(cancellationToken));
        var people = await query
            .Skip(Paging.Skip)
            .Take(PageSize)
            .Select(p => new { p.Id, p.FullName, p.Email, Organization = p.Organization!.Name, p.Position, p.IsActive })
            .ToListAsync(cancellationToken);
        var ids = people.Select(p => p.Id).ToList();
        var roles = await db.UserRoles
            .Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        Rows = people
            .Select(p => new Row(p.Id, p.FullName, p.Email ?? "", p.Organization, p.Position, p.IsActive,
                roles.Where(r => r.UserId == p.Id).Select(r => r.Name!).OrderBy(Roles.Rank).ToList()))
            .ToList();
        return Page();
    }

    /// <summary>The whole filtered, sorted list in the roster template's layout, so that it can be corrected and imported back.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        var query = await FilteredAsync(caller, cancellationToken);
        var name = $"danh-sach-can-bo-{DateTime.UtcNow:yyyyMMdd}";
        if (format == "csv")
        {
            Response.ContentType = "text/csv; charset=utf-8";
            Response.Headers.ContentDisposition = $"attachment; filename=\"{name}.csv\"";
            await export.WriteCsvAsync(query, Response.Body, cancellationToken);
            return new EmptyResult();
        }
        return File(await export.WriteWorkbookAsync(query, cancellationToken), RosterExport.XlsxContentType, $"{name}.xlsx");
    }

    private async Task<IQueryable<Person>> FilteredAsync(CallerScope caller, CancellationToken cancellationToken)
    {
        var query = db.Users.AsNoTracking().Where(p => p.Organization!.Path.StartsWith(caller.RootPath));
        if (Org is { } orgId)
        {
            var orgPath = await db.Organizations.Where(o => o.Id == orgId).Select(o => o.Path).FirstOrDefaultAsync(cancellationToken);
            query = orgPath is not null && caller.Contains(orgPath)
                ? query.Where(p => p.Organization!.Path.StartsWith(orgPath))
                : query.Where(_ => false);
        }
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var term = Q.Trim();
            var upper = term.ToUpperInvariant();
            query = query.Where(p => p.FullName.Contains(term) || p.NormalizedEmail!.Contains(upper));
        }
        if (!string.IsNullOrEmpty(Role) && Roles.All.Contains(Role))
        {
            var roleId = await db.Roles.Where(r => r.Name == Role).Select(r => r.Id).FirstAsync(cancellationToken);
            query = query.Where(p => db.UserRoles.Any(ur => ur.UserId == p.Id && ur.RoleId == roleId));
        }
        if (Position is { } position)
        {
            query = query.Where(p => p.Position == position);
        }
        query = Status switch
        {
            "inactive" => query.Where(p => !p.IsActive),
            "all" => query,
            _ => query.Where(p => p.IsActive),
        };
        query = Sort switch
        {
            "-name" => query.OrderByDescending(p => p.FullName),
            "email" => query.OrderBy(p => p.NormalizedEmail),
            "-email" => query.OrderByDescending(p => p.NormalizedEmail),
            "organization" => query.OrderBy(p => p.Organization!.Name).ThenBy(p => p.FullName),
            "-organization" => query.OrderByDescending(p => p.Organization!.Name).ThenBy(p => p.FullName),
            "started" => query.OrderBy(p => p.StartedOn).ThenBy(p => p.FullName),
            "-started" => query.OrderByDescending(p => p.StartedOn).ThenBy(p => p.FullName),
            _ => query.OrderBy(p => p.FullName).ThenBy(p => p.NormalizedEmail),
        };

        return query;
    }

    public string SortLink(string column) =>
        Url.Page("Index", new { Q, Org, Role, Position, Status, Sort = Sort == column ? "-" + column : column })!;
}
