namespace ChildSafety.Core.Organizations;

/// <summary>What a form submits to create or change an organization.</summary>
public sealed record OrganizationDraft(string Name, string Code, OrganizationKind Kind, SchoolLevel? Level, int? ParentId);
