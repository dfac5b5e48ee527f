namespace ChildSafety.Training.Conduct;

/// <summary>What the conduct form posts: the version shown, the hash of the text shown, and the decision.</summary>
public sealed record ConductAnswer(int VersionId, string ContentHash, AcknowledgmentDecision Decision, string? ClientAddress);
