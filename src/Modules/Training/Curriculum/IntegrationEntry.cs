namespace ChildSafety.Training.Curriculum;

/// <summary>
/// One line of a school's integration plan: a child-safety topic taught within a subject or activity, in a grade
/// and term of a school year, planned or taught, with its evidence.
/// </summary>
public sealed class IntegrationEntry
{
    public Guid Id { get; set; }

    public int OrganizationId { get; set; }

    /// <summary>"2026-2027".</summary>
    public required string SchoolYear { get; set; }

    /// <summary>See <see cref="Core.Organizations.Grades"/>: 1–12, or −3…0 for the preschool groups.</summary>
    public int Grade { get; set; }

    public required string Subject { get; set; }

    public required string TopicCode { get; set; }

    public required string Lesson { get; set; }

    public int Periods { get; set; }

    /// <summary>1 or 2 (học kỳ I, II).</summary>
    public int Term { get; set; }

    public EntryStatus Status { get; set; }

    public Guid? TeacherId { get; set; }

    public string? EvidenceUrl { get; set; }

    /// <summary>The uploaded evidence's file name under the data folder's curriculum evidence folder.</summary>
    public string? EvidencePath { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
