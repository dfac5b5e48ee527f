namespace ChildSafety.Core.Organizations;

public enum OrganizationKind
{
    Province = 0,
    District = 1,
    School = 2,
    Centre = 3,
}
