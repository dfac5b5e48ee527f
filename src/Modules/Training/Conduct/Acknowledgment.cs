namespace ChildSafety.Training.Conduct;

/// <summary>
/// A person's answer to one published version: what they were shown (its hash), when, from where, and how it was
/// recorded. Rows are only ever added; a later answer to the same version is a new row.
/// </summary>
public sealed class Acknowledgment
{
    public long Id { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>The person's organization when they answered, so that reports by school stay true after a move.</summary>
    public int OrganizationId { get; set; }

    public int VersionId { get; set; }

    public ConductVersion? Version { get; set; }

    public required string ContentHash { get; set; }

    public AcknowledgmentDecision Decision { get; set; }

    public AcknowledgmentMethod Method { get; set; }

    public DateTimeOffset At { get; set; }

    public string? ClientAddress { get; set; }

    /// <summary>For paper acknowledgments: the administrator who recorded it.</summary>
    public Guid? RecordedById { get; set; }

    /// <summary>For paper acknowledgments: the stored scan, relative to the data folder.</summary>
    public string? EvidencePath { get; set; }
}
