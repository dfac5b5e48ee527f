namespace ChildSafety.Training.Conduct;

/// <summary>An active person who has not accepted the version in force for them.</summary>
public sealed record PendingPerson(
    Guid PersonId,
    string? Email,
    string FullName,
    string? Culture,
    string OrganizationPath,
    DateOnly StartedOn,
    VersionInForce Version)
{
    /// <summary>The day the person could first have answered: the version's effective date, or their first day if later.</summary>
    public DateOnly AskedSince => StartedOn > Version.EffectiveFrom ? StartedOn : Version.EffectiveFrom;
}
