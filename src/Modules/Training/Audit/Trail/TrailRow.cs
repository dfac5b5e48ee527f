namespace ChildSafety.Training.Audit.Trail;

public sealed record TrailRow(long Id, DateTimeOffset At, string Kind, string? Actor, string? Person, Guid? PersonId, string? Organization, string Details);
