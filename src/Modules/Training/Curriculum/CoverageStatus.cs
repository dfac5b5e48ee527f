namespace ChildSafety.Training.Curriculum;

/// <summary>How far a topic has got in a grade: nothing, a lesson planned, or a lesson taught.</summary>
public enum CoverageStatus
{
    None = 0,
    Planned = 1,
    Taught = 2,
}
