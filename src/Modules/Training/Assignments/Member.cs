using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;

namespace ChildSafety.Training.Assignments;

/// <summary>An active person as the assignment rules see them.</summary>
public sealed record Member(Guid PersonId, string FullName, string Email, int OrganizationId, string OrganizationName, string OrganizationPath, SchoolLevel? Level, Position Position, DateOnly StartedOn);
