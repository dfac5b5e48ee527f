namespace ChildSafety.Training.Conduct;

/// <summary>The version a person must have accepted today, and the policy and organization it comes from.</summary>
public sealed record VersionInForce(int VersionId, int PolicyId, int OrganizationId, int Number, string ContentHash, DateOnly EffectiveFrom);
