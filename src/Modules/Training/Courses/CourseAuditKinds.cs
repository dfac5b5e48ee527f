namespace ChildSafety.Training.Courses;

public static class CourseAuditKinds
{
    public const string Completed = "training.completed";
    public const string CertificateIssued = "training.certificate-issued";
    public const string CertificateRevoked = "training.certificate-revoked";
    public const string AttemptsGranted = "training.attempts-granted";
    public const string VersionPublished = "training.course-version-published";
}
