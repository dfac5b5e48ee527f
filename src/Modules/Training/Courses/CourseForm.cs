using ChildSafety.Training.Conduct;

namespace ChildSafety.Training.Courses;

/// <summary>The editable fields of a draft version; <see cref="LessonIds"/> in course order.</summary>
public sealed record CourseForm(
    string? Title,
    string? Description,
    int PassMark,
    int AttemptLimit,
    int ValidityMonths,
    PositionSet Positions,
    SchoolLevelSet Levels,
    IReadOnlyList<Guid> LessonIds,
    int? RefresherCourseId);
