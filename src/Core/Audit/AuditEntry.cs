namespace ChildSafety.Core.Audit;

/// <summary>What a module asks the trail to record; time, order and hashes are the trail's business.</summary>
public sealed record AuditEntry(string Kind, Guid? ActorId, Guid? PersonId, int? OrganizationId, string Details);
