using ChildSafety.Core.People;
using ChildSafety.Core.Security;

namespace ChildSafety.Content;

public sealed class ContentPermissions : IPermissionProvider
{
    public static readonly Permission EditContent = new("EditContent", "Write and edit content items of one's organization");
    public static readonly Permission PublishContent = new("PublishContent", "Publish, unpublish and archive content items of one's organization");

    public IEnumerable<Permission> Permissions => [EditContent, PublishContent];

    public IEnumerable<RoleGrant> DefaultGrants =>
    [
        new(Roles.Administrator, [EditContent, PublishContent]),
        new(Roles.Editor, [EditContent, PublishContent]),
        new(Roles.ProvinceOfficer, [EditContent, PublishContent]),
        new(Roles.DistrictOfficer, [EditContent, PublishContent]),
        new(Roles.SchoolAdmin, [EditContent, PublishContent]),
    ];
}
