using ChildSafety.Core.People;
using ChildSafety.Core.Security;

namespace ChildSafety.Training.Tests;

public class TrainingPermissionsTests
{
    private readonly PermissionGrants _grants = new([new TrainingPermissions()]);

    [Fact]
    public void Every_staff_member_takes_training() =>
        Assert.True(_grants.IsGranted(TrainingPermissions.TakeTraining, [Roles.Staff]));

    [Fact]
    public void Staff_cannot_assign_courses_but_school_admins_can()
    {
        Assert.False(_grants.IsGranted(TrainingPermissions.AssignTraining, [Roles.Staff]));
        Assert.True(_grants.IsGranted(TrainingPermissions.AssignTraining, [Roles.SchoolAdmin]));
    }

    [Fact]
    public void Only_officers_revoke_certificates()
    {
        Assert.False(_grants.IsGranted(TrainingPermissions.RevokeCertificates, [Roles.SchoolAdmin, Roles.Staff]));
        Assert.True(_grants.IsGranted(TrainingPermissions.RevokeCertificates, [Roles.DistrictOfficer]));
    }
}
