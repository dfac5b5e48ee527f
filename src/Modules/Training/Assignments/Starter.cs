using ChildSafety.Core.People;

namespace ChildSafety.Training.Assignments;

/// <summary>An active person as far as a due date needs them: where, in which position, and since when.</summary>
public sealed record Starter(Guid PersonId, int OrganizationId, Position Position, DateOnly StartedOn);
