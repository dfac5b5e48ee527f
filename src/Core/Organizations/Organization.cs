namespace ChildSafety.Core.Organizations;

/// <summary>
/// A node of the education tree: Sở → Phòng → school or centre. <see cref="Path"/> holds the ids from the root,
/// as "/1/4/17/", so that a subtree is one indexed prefix query however deep or wide the tree is.
/// </summary>
public sealed class Organization
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Short unique code used in imports and URLs, e.g. "THCS-LC".</summary>
    public required string Code { get; set; }

    public OrganizationKind Kind { get; set; }

    public SchoolLevel? Level { get; set; }

    public int? ParentId { get; set; }

    public Organization? Parent { get; set; }

    public string Path { get; set; } = "/";

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public bool IsSchoolOrCentre => Kind is OrganizationKind.School or OrganizationKind.Centre;
}
