namespace ChildSafety.Training.Audit;

public enum ScopeAnswer
{
    Found,
    NotFound,
    Forbidden,
}
