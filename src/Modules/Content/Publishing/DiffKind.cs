namespace ChildSafety.Content.Publishing;

public enum DiffKind
{
    Same,
    Added,
    Removed,
}
