namespace ChildSafety.Training.Assignments;

/// <summary>An assignment in the officers' list, with how many it covers, how many passed and how many are overdue.</summary>
public sealed record AssignmentRow(Assignment Assignment, string CourseTitle, string OrganizationName, int Assigned, int Passed, int Overdue);
