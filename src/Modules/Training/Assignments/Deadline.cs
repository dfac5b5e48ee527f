namespace ChildSafety.Training.Assignments;

/// <summary>A person who still has to pass an assigned course, and by when; <see cref="Late"/> once that day has passed.</summary>
public sealed record Deadline(Guid PersonId, int CourseId, string CourseTitle, DateOnly DueOn, bool Late);
