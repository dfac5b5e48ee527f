namespace ChildSafety.Training.Curriculum;

/// <summary>An integration entry as typed into the form or read from a plan file, before it is checked.</summary>
public sealed record EntryInput(
    int Grade,
    string Subject,
    string TopicCode,
    string Lesson,
    int Periods,
    int Term,
    EntryStatus Status,
    Guid? TeacherId,
    string? EvidenceUrl);
