using ChildSafety.Core.People;
using ChildSafety.Core.Security;

namespace ChildSafety.Training;

public sealed class TrainingPermissions : IPermissionProvider
{
    public static readonly Permission TakeTraining = new("TakeTraining", "Take assigned and optional courses");
    public static readonly Permission AssignTraining = new("AssignTraining", "Assign courses to people in one's scope");
    public static readonly Permission ManageCourses = new("ManageCourses", "Create and edit courses and their quizzes");
    public static readonly Permission RevokeCertificates = new("RevokeCertificates", "Revoke certificates in one's scope");

    public IEnumerable<Permission> Permissions => [TakeTraining, AssignTraining, ManageCourses, RevokeCertificates];

    public IEnumerable<RoleGrant> DefaultGrants =>
    [
        new(Roles.Staff, [TakeTraining]),
        new(Roles.SchoolAdmin, [TakeTraining, AssignTraining]),
        new(Roles.DistrictOfficer, [TakeTraining, AssignTraining, RevokeCertificates]),
        new(Roles.ProvinceOfficer, [TakeTraining, AssignTraining, ManageCourses, RevokeCertificates]),
        new(Roles.Editor, [ManageCourses]),
        new(Roles.Administrator, [TakeTraining, AssignTraining, ManageCourses, RevokeCertificates]),
    ];
}
