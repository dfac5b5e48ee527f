namespace ChildSafety.TestSupport;

/// <summary>One field of an <see cref="HtmlForm"/>: its name, its kind (input type, "select", "textarea") and its value.</summary>
public sealed record FormField(string Name, string Kind, string Value);
