namespace ChildSafety.Training.Conduct;

/// <summary>A published, already effective version with the positions it covers: a candidate for "in force".</summary>
public sealed record EffectiveVersion(VersionInForce Version, PositionSet Audience);
