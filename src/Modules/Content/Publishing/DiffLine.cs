namespace ChildSafety.Content.Publishing;

public sealed record DiffLine(DiffKind Kind, string Text);
