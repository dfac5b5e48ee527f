namespace ChildSafety.Content.Rendering;

public sealed record Heading(int Level, string Id, string Text);
