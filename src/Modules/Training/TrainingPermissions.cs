using ChildSafety.Core.People;
using ChildSafety.Core.Security;

namespace ChildSafety.Training;

public sealed class TrainingPermissions : IPermissionProvider
{
    public static readonly Permission TakeTraining = new("TakeTraining", "Take assigned and optional courses");
    public static readonly Permission AssignTraining = new("AssignTraining", "Assign courses to people in one's scope");
    /// <summary>
    /// Province and district officers, editors and administrators: courses are owned like content, and an officer
    /// edits those of their own subtree. Revoking stays with district, province and administrators (a school does not
    /// withdraw what it cannot issue); extra attempts go with <see cref="AssignTraining"/>, so a school can unblock its staff.
    /// </summary>
    public static readonly Permission ManageCourses = new("ManageCourses", "Create and edit courses and their quizzes");
    public static readonly Permission RevokeCertificates = new("RevokeCertificates", "Revoke certificates in one's scope");
    public static readonly Permission ManageConduct = new("ManageConduct", "Write, adapt and publish the code of conduct of one's organization");
    public static readonly Permission RecordAcknowledgments = new("RecordAcknowledgments", "Record paper acknowledgments and see who has answered in one's scope");
    public static readonly Permission ViewAudit = new("ViewAudit", "See the audit indicators, reports and trail of one's scope");
    public static readonly Permission VerifyAuditTrail = new("VerifyAuditTrail", "Check that the audit trail's hash chain is unbroken");

    public static readonly Permission ViewCurriculum = new("ViewCurriculum", "See the curriculum coverage and awareness activities of one's scope");
    public static readonly Permission RecordCurriculum = new("RecordCurriculum", "Mark one's own integrated lessons taught and attach their evidence");
    public static readonly Permission ManageCurriculum = new("ManageCurriculum", "Edit one's school's integration plan and awareness activities");

    public IEnumerable<Permission> Permissions => [TakeTraining, AssignTraining, ManageCourses, RevokeCertificates, ManageConduct, RecordAcknowledgments, ViewAudit, VerifyAuditTrail, ViewCurriculum, RecordCurriculum, ManageCurriculum];

    public IEnumerable<RoleGrant> DefaultGrants =>
    [
        new(Roles.Staff, [TakeTraining, ViewCurriculum, RecordCurriculum]),
        new(Roles.SchoolAdmin, [TakeTraining, AssignTraining, ManageConduct, RecordAcknowledgments, ViewAudit, ViewCurriculum, RecordCurriculum, ManageCurriculum]),
        new(Roles.DistrictOfficer, [TakeTraining, AssignTraining, ManageCourses, RevokeCertificates, ManageConduct, RecordAcknowledgments, ViewAudit, VerifyAuditTrail, ViewCurriculum]),
        new(Roles.ProvinceOfficer, [TakeTraining, AssignTraining, ManageCourses, RevokeCertificates, ManageConduct, RecordAcknowledgments, ViewAudit, VerifyAuditTrail, ViewCurriculum]),
        new(Roles.Editor, [TakeTraining, ManageCourses]),
        new(Roles.Administrator, [TakeTraining, AssignTraining, ManageCourses, RevokeCertificates, ManageConduct, RecordAcknowledgments, ViewAudit, VerifyAuditTrail, ViewCurriculum, RecordCurriculum, ManageCurriculum]),
    ];
}
