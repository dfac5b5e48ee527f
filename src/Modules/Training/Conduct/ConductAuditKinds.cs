namespace ChildSafety.Training.Conduct;

public static class ConductAuditKinds
{
    public const string Acknowledged = "conduct.acknowledged";
    public const string Declined = "conduct.declined";
    public const string RecordedOnPaper = "conduct.recorded-on-paper";
    public const string VersionPublished = "conduct.version-published";
}
