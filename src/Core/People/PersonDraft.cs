namespace ChildSafety.Core.People;

/// <summary>What a form or a roster row submits to create or change a person.</summary>
public sealed record PersonDraft(
    string FullName,
    string Email,
    int OrganizationId,
    Position Position,
    DateOnly StartedOn,
    IReadOnlyList<string> Roles);
