using ChildSafety.Core.Organizations;

namespace ChildSafety.Core.Tests.Organizations;

public class PlacementRulesTests
{
    [Theory]
    [InlineData(OrganizationKind.Province, null, null, true)]
    [InlineData(OrganizationKind.Province, null, OrganizationKind.Province, false)]
    [InlineData(OrganizationKind.District, null, OrganizationKind.Province, true)]
    [InlineData(OrganizationKind.District, null, OrganizationKind.District, false)]
    [InlineData(OrganizationKind.School, SchoolLevel.Primary, OrganizationKind.District, true)]
    [InlineData(OrganizationKind.School, SchoolLevel.Primary, OrganizationKind.Province, false)]
    [InlineData(OrganizationKind.School, SchoolLevel.UpperSecondary, OrganizationKind.Province, true)]
    [InlineData(OrganizationKind.School, SchoolLevel.UpperSecondary, OrganizationKind.District, false)]
    [InlineData(OrganizationKind.School, SchoolLevel.MultiLevel, OrganizationKind.Province, true)]
    [InlineData(OrganizationKind.School, SchoolLevel.MultiLevel, OrganizationKind.District, true)]
    [InlineData(OrganizationKind.School, null, OrganizationKind.District, false)]
    [InlineData(OrganizationKind.Centre, null, OrganizationKind.Province, true)]
    [InlineData(OrganizationKind.Centre, null, OrganizationKind.School, false)]
    public void Each_kind_hangs_only_where_the_directives_place_it(OrganizationKind kind, SchoolLevel? level, OrganizationKind? parent, bool allowed) =>
        Assert.Equal(allowed, PlacementRules.AllowsParent(kind, level, parent));
}
