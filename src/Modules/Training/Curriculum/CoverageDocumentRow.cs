namespace ChildSafety.Training.Curriculum;

public sealed record CoverageDocumentRow(string Topic, string Title, IReadOnlyList<CoverageDocumentCell> Grades);
