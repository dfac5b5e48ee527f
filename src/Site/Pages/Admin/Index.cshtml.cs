using ChildSafety.Core.Data;
using ChildSafety.Core.Modules;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Pages.Admin;

public sealed class IndexModel(
    CoreDbContext db,
    CallerScopeAccessor scopes,
    IAuthorizationService authorization,
    IEnumerable<AdminLink> moduleLinks,
    IStringLocalizerFactory localizers) : PageModel
{
    public string ScopeName { get; private set; } = "";

    public int ActivePeople { get; private set; }

    public int ActiveOrganizations { get; private set; }

    public bool CanManagePeople { get; private set; }

    public bool CanManageOrganizations { get; private set; }

    public IReadOnlyList<(string Title, string Description, string Url)> ModuleLinks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        ScopeName = await db.Organizations.Where(o => o.Id == caller.OrganizationId).Select(o => o.Name).FirstAsync(cancellationToken);
        CanManagePeople = (await authorization.AuthorizeAsync(User, CorePermissions.ManagePeople.PolicyName)).Succeeded;
        CanManageOrganizations = (await authorization.AuthorizeAsync(User, CorePermissions.ManageOrganizations.PolicyName)).Succeeded;
        var links = new List<(string, string, string)>();
        foreach (var link in moduleLinks)
        {
            if ((await authorization.AuthorizeAsync(User, link.Permission.PolicyName)).Succeeded)
            {
                var text = localizers.Create(link.TextResource);
                links.Add((text[link.Title], text[link.Description], link.Url));
            }
        }
        ModuleLinks = links;
        ActivePeople = await db.Users.CountAsync(p => p.IsActive && p.Organization!.Path.StartsWith(caller.RootPath), cancellationToken);
        ActiveOrganizations = await db.Organizations.CountAsync(o => o.IsActive && o.Path.StartsWith(caller.RootPath), cancellationToken);
        return Page();
    }
}
