namespace ChildSafety.Training.Curriculum;

/// <summary>Why an API request was refused, in the caller's language.</summary>
public sealed record ApiError(string Error);
