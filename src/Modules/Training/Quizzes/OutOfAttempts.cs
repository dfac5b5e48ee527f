namespace ChildSafety.Training.Quizzes;

/// <summary>A person who failed a course's quiz as many times as they were allowed and cannot try again.</summary>
public sealed record OutOfAttempts(Guid PersonId, string FullName, string OrganizationName, int CourseId, string CourseTitle, int Failed, int Allowed);
