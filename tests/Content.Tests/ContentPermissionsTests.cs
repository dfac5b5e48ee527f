using ChildSafety.Core.People;
using ChildSafety.Core.Security;

namespace ChildSafety.Content.Tests;

public class ContentPermissionsTests
{
    private readonly PermissionGrants _grants = new([new ContentPermissions()]);

    [Fact]
    public void Editors_and_school_admins_publish_content() =>
        Assert.True(_grants.IsGranted(ContentPermissions.PublishContent, [Roles.Editor]) && _grants.IsGranted(ContentPermissions.PublishContent, [Roles.SchoolAdmin]));

    [Fact]
    public void Plain_staff_do_not_edit_content() =>
        Assert.False(_grants.IsGranted(ContentPermissions.EditContent, [Roles.Staff]));
}
