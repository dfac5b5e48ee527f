using ChildSafety.Core.People;
using ChildSafety.Core.Security;

namespace ChildSafety.Training;

public sealed class TrainingPermissions : IPermissionProvider
{
    public static readonly Permission TakeTraining = new("TakeTraining", "Take assigned and optional courses");
    public static readonly Permission AssignTraining = new("AssignTraining", "Assign courses to people in one's scope");
    public static readonly Permission ManageCourses = new("ManageCourses", "Create and edit courses and their quizzes");
    public static readonly Permission RevokeCertificates = new("RevokeCertificates", "Revoke certificates in one's scope");
    public static readonly Permission ManageConduct = new("ManageConduct", "Write, adapt and publish the code of conduct of one's organization");
    public static readonly Permission RecordAcknowledgments = new("RecordAcknowledgments", "Record paper acknowledgments and see who has answered in one's scope");
    public static readonly Permission ViewAudit = new("ViewAudit", "See the audit indicators, reports and trail of one's scope");
    public static readonly Permission VerifyAuditTrail = new("VerifyAuditTrail", "Check that the audit trail's hash chain is unbroken");

    public IEnumerable<Permission> Permissions => [TakeTraining, AssignTraining, ManageCourses, RevokeCertificates, ManageConduct, RecordAcknowledgments, ViewAudit, VerifyAuditTrail];

    public IEnumerable<RoleGrant> DefaultGrants =>
    [
        new(Roles.Staff, [TakeTraining]),
        new(Roles.SchoolAdmin, [TakeTraining, AssignTraining, ManageConduct, RecordAcknowledgments, ViewAudit]),
        new(Roles.DistrictOfficer, [TakeTraining, AssignTraining, ManageCourses, RevokeCertificates, ManageConduct, RecordAcknowledgments, ViewAudit, VerifyAuditTrail]),
        new(Roles.ProvinceOfficer, [TakeTraining, AssignTraining, ManageCourses, RevokeCertificates, ManageConduct, RecordAcknowledgments, ViewAudit, VerifyAuditTrail]),
        new(Roles.Editor, [TakeTraining, ManageCourses]),
        new(Roles.Administrator, [TakeTraining, AssignTraining, ManageCourses, RevokeCertificates, ManageConduct, RecordAcknowledgments, ViewAudit, VerifyAuditTrail]),
    ];
}
