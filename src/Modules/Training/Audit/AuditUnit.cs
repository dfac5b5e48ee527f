using ChildSafety.Core.Organizations;

namespace ChildSafety.Training.Audit;

/// <summary>An organization as the audit sees it: where it sits in the tree and what kind it is.</summary>
public sealed record AuditUnit(int Id, string Name, OrganizationKind Kind, SchoolLevel? Level, int? ParentId, string Path)
{
    public bool IsSchoolOrCentre => Kind is OrganizationKind.School or OrganizationKind.Centre;

    public bool IsWithin(AuditUnit ancestor) => OrganizationPath.IsWithin(Path, ancestor.Path);
}
