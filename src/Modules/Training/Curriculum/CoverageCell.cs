namespace ChildSafety.Training.Curriculum;

/// <summary>A topic in a grade: its status and how many entries back it.</summary>
public sealed record CoverageCell(int Grade, CoverageStatus Status, int Entries);
