using ChildSafety.Core.People;

namespace ChildSafety.Core.Security;

public sealed class CorePermissions : IPermissionProvider
{
    public static readonly Permission AccessAdmin = new("AccessAdmin", "Open the administration area");
    public static readonly Permission ManagePeople = new("ManagePeople", "Create, edit and deactivate people in one's scope");
    public static readonly Permission ManageOrganizations = new("ManageOrganizations", "Create, rename, move and deactivate organizations in one's scope");
    public static readonly Permission ErasePeople = new("ErasePeople", "Erase the personal data of a departed (deactivated) person");

    public IEnumerable<Permission> Permissions => [AccessAdmin, ManagePeople, ManageOrganizations, ErasePeople];

    public IEnumerable<RoleGrant> DefaultGrants =>
    [
        new(Roles.Administrator, [AccessAdmin, ManagePeople, ManageOrganizations, ErasePeople]),
        new(Roles.ProvinceOfficer, [AccessAdmin, ManagePeople, ManageOrganizations]),
        new(Roles.DistrictOfficer, [AccessAdmin, ManagePeople, ManageOrganizations]),
        new(Roles.SchoolAdmin, [AccessAdmin, ManagePeople]),
        new(Roles.Editor, [AccessAdmin]),
    ];
}
