using ChildSafety.Core.People;

namespace ChildSafety.Core.Security;

public sealed class CorePermissions : IPermissionProvider
{
    public static readonly Permission AccessAdmin = new("AccessAdmin", "Open the administration area");
    public static readonly Permission ManagePeople = new("ManagePeople", "Create, edit and deactivate people in one's scope");
    public static readonly Permission ManageOrganizations = new("ManageOrganizations", "Create, rename, move and deactivate organizations in one's scope");

    public IEnumerable<Permission> Permissions => [AccessAdmin, ManagePeople, ManageOrganizations];

    public IEnumerable<RoleGrant> DefaultGrants =>
    [
        new(Roles.Administrator, [AccessAdmin, ManagePeople, ManageOrganizations]),
        new(Roles.ProvinceOfficer, [AccessAdmin, ManagePeople, ManageOrganizations]),
        new(Roles.DistrictOfficer, [AccessAdmin, ManagePeople, ManageOrganizations]),
        new(Roles.SchoolAdmin, [AccessAdmin, ManagePeople]),
        new(Roles.Editor, [AccessAdmin]),
    ];
}
