namespace ChildSafety.Training.Curriculum;

/// <summary>A school in an office's scope and the grades it teaches.</summary>
public sealed record SchoolGrades(int SchoolId, IReadOnlyList<int> Grades);
