namespace ChildSafety.Training.Curriculum;

/// <summary>The coverage API's answer; <see cref="Scope"/> is "school" (cells with a status) or "rollup" (cells with counts of schools).</summary>
public sealed record CoverageDocument(int Organization, string Year, string Scope, IReadOnlyList<CoverageDocumentRow> Rows);
