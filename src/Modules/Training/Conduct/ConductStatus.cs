namespace ChildSafety.Training.Conduct;

/// <summary>Where a person stands with the code in force: nothing to do, accepted, declined, or still to answer.</summary>
public sealed record ConductStatus(VersionInForce? InForce, AcknowledgmentDecision? Answer, DateTimeOffset? AnsweredAt, int? LastAcceptedVersionId)
{
    public bool MustAnswer => InForce is not null && Answer != AcknowledgmentDecision.Accepted;
}
