namespace ChildSafety.Training.Assignments;

/// <summary>A person who still has to pass an assigned course, and by when.</summary>
public sealed record Deadline(Guid PersonId, string FullName, string Email, int CourseId, string CourseTitle, DateOnly DueOn);
