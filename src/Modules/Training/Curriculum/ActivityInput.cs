namespace ChildSafety.Training.Curriculum;

/// <summary>An awareness activity as typed into the form, before it is checked.</summary>
public sealed record ActivityInput(
    DateOnly? Date,
    ActivityKind Kind,
    ActivityAudience Audience,
    int Participants,
    string Title,
    IReadOnlyList<string> Topics,
    string? EvidenceUrl);
