namespace ChildSafety.Training.Audit.Exports;

/// <summary>A table as shown on an audit page, ready to export: headings already in the reader's language.</summary>
public sealed record AuditTable(string Name, IReadOnlyList<string> Headings, IReadOnlyList<IReadOnlyList<object?>> Rows);
