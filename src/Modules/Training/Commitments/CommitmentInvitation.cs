using ChildSafety.Training.Conduct;

namespace ChildSafety.Training.Commitments;

/// <summary>
/// One pupil's family asked to sign: by a one-time link (only the token's hash is stored, and it works once) or on
/// a printed sheet that the school records.
/// </summary>
public sealed class CommitmentInvitation
{
    public long Id { get; set; }

    public int CommitmentId { get; set; }

    public FamilyCommitment? Commitment { get; set; }

    public required string ClassName { get; set; }

    public required string PupilName { get; set; }

    public required string TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SignedAt { get; set; }

    public string? SignerName { get; set; }

    public AcknowledgmentMethod? Method { get; set; }

    public Guid? RecordedById { get; set; }

    public string? ClientAddress { get; set; }
}
