namespace ChildSafety.Training.Audit;

public enum AuditAnswer
{
    Open,
    NotSignedIn,
    BadYear,
    NotFound,
    Forbidden,
}
