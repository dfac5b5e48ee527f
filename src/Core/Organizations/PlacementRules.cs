namespace ChildSafety.Core.Organizations;

/// <summary>
/// Where each kind of organization may hang in the tree: districts under the province; pre-schools, primary and
/// lower-secondary schools under a district; upper-secondary schools and centres directly under the province;
/// multi-level schools under either.
/// </summary>
public static class PlacementRules
{
    public static bool AllowsParent(OrganizationKind kind, SchoolLevel? level, OrganizationKind? parentKind) => kind switch
    {
        OrganizationKind.Province => parentKind is null,
        OrganizationKind.District => parentKind is OrganizationKind.Province,
        OrganizationKind.Centre => parentKind is OrganizationKind.Province or OrganizationKind.District,
        OrganizationKind.School => level switch
        {
            SchoolLevel.UpperSecondary => parentKind is OrganizationKind.Province,
            SchoolLevel.MultiLevel => parentKind is OrganizationKind.Province or OrganizationKind.District,
            null => false,
            _ => parentKind is OrganizationKind.District,
        },
        _ => false,
    };
}
