using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Site.Admin;

/// <summary>
/// The organizations a caller can pick in a form, grouped under the district or province they belong to, so a
/// province's thousands of schools stay findable in one select.
/// </summary>
public sealed class OrganizationChoices(CoreDbContext db)
{
    public async Task<List<SelectListItem>> InScopeAsync(CallerScope caller, bool parentsOnly, CancellationToken cancellationToken)
    {
        var query = db.Organizations.AsNoTracking().Where(o => o.IsActive && o.Path.StartsWith(caller.RootPath));
        if (parentsOnly)
        {
            query = query.Where(o => o.Kind == OrganizationKind.Province || o.Kind == OrganizationKind.District);
        }
        var organizations = await query
            .Select(o => new { o.Id, o.Name, o.Kind, o.ParentId })
            .ToListAsync(cancellationToken);
        var names = organizations.ToDictionary(o => o.Id, o => o.Name);
        var groups = new Dictionary<int, SelectListGroup>();
        SelectListGroup GroupOf(int id) => groups.TryGetValue(id, out var g) ? g : groups[id] = new SelectListGroup { Name = names[id] };

        return organizations
            .Select(o =>
            {
                // A unit sits in the group of its parent when the caller can see the parent; top units group themselves.
                var groupId = o.Kind is OrganizationKind.Province or OrganizationKind.District || o.ParentId is null || !names.ContainsKey(o.ParentId.Value)
                    ? o.Id
                    : o.ParentId.Value;
                return new { o.Id, o.Name, o.Kind, Group = GroupOf(groupId) };
            })
            .OrderBy(o => o.Group.Name, StringComparer.CurrentCulture)
            .ThenBy(o => o.Kind)
            .ThenBy(o => o.Name, StringComparer.CurrentCulture)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) { Group = o.Group })
            .ToList();
    }
}
