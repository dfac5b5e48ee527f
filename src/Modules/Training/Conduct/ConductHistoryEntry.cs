namespace ChildSafety.Training.Conduct;

/// <summary>One answer in a person's history, with what an auditor needs to trust it.</summary>
public sealed record ConductHistoryEntry(
    long AcknowledgmentId,
    string PolicyTitle,
    int VersionNumber,
    string ContentHash,
    AcknowledgmentDecision Decision,
    AcknowledgmentMethod Method,
    DateTimeOffset At,
    string? ClientAddress,
    string? RecordedBy,
    bool HasEvidence);
