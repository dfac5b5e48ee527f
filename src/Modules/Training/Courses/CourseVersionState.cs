namespace ChildSafety.Training.Courses;

/// <summary>Stored as a number; never renumber.</summary>
public enum CourseVersionState
{
    Draft = 0,
    Published = 1,
}
