using ChildSafety.Training.Conduct;
using ChildSafety.Training.Courses;

namespace ChildSafety.Training.Assignments;

/// <summary>What an officer fills in to assign a course: exactly one of a fixed date and a number of days after starting.</summary>
public sealed record AssignmentDraft(int CourseId, int OrganizationId, PositionSet Positions, SchoolLevelSet Levels, DateOnly? DueOn, int? DueDaysAfterStart);
