namespace ChildSafety.Training.Curriculum;

/// <summary>The list's filters; null means "any".</summary>
public sealed record EntryFilter(string? TopicCode, int? Grade, int? Term, EntryStatus? Status);
