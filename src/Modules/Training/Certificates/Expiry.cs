namespace ChildSafety.Training.Certificates;

/// <summary>A valid certificate that runs out soon and has no later one replacing it.</summary>
public sealed record Expiry(string Serial, Guid PersonId, int CourseId, string CourseTitle, DateTimeOffset ExpiresAt);
