namespace ChildSafety.Core.Audit;

/// <summary>
/// One append-only entry of the audit trail. <see cref="Hash"/> covers the entry and the previous entry's hash,
/// so changing or deleting any row breaks every link after it.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>What happened, e.g. <see cref="AuditKinds.RoleGranted"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>Who did it; null for the system itself (scheduled publishing, expiry).</summary>
    public Guid? ActorId { get; set; }

    /// <summary>The person the event is about, when it is about one.</summary>
    public Guid? PersonId { get; set; }

    /// <summary>The organization the event belongs to, for per-organization trails and scoping.</summary>
    public int? OrganizationId { get; set; }

    /// <summary>A short factual description in the data's own terms (course code, serial, role name…).</summary>
    public required string Details { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
