namespace ChildSafety.Training.Commitments;

/// <summary>
/// The family–school commitment a school publishes for one school year (cam kết giữa gia đình và nhà trường).
/// Once published its text is fixed, and every signature records the hash of the text signed.
/// </summary>
public sealed class FamilyCommitment
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    /// <summary>"2026-2027".</summary>
    public required string SchoolYear { get; set; }

    public required string Title { get; set; }

    public required string Text { get; set; }

    public required string ContentHash { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public Guid PublishedById { get; set; }

    public List<CommitmentInvitation> Invitations { get; set; } = [];
}
