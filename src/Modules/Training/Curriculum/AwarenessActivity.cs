namespace ChildSafety.Training.Curriculum;

/// <summary>An awareness activity a school ran or will run: a flag ceremony talk, a parents' meeting, a contest…</summary>
public sealed class AwarenessActivity
{
    public Guid Id { get; set; }

    public int OrganizationId { get; set; }

    public required string SchoolYear { get; set; }

    public DateOnly Date { get; set; }

    public ActivityKind Kind { get; set; }

    public ActivityAudience Audience { get; set; }

    public int Participants { get; set; }

    public required string Title { get; set; }

    /// <summary>Topic codes in the <see cref="Core.Topics.TopicCodes"/> form.</summary>
    public required string Topics { get; set; }

    public string? EvidenceUrl { get; set; }

    public string? EvidencePath { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
