using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;

namespace ChildSafety.Core.Tests.Organizations;

public class CallerScopeTests
{
    private static CallerScope Officer(string path, params string[] roles) => new(Guid.NewGuid(), 4, path, roles);

    [Fact]
    public void A_district_officer_sees_their_district_and_everything_below_it()
    {
        var scope = Officer("/1/4/", Roles.DistrictOfficer);

        Assert.True(scope.Contains("/1/4/"));
        Assert.True(scope.Contains("/1/4/17/"));
        Assert.False(scope.Contains("/1/"));
        Assert.False(scope.Contains("/1/5/20/"));
    }

    [Fact]
    public void A_sibling_whose_id_starts_with_the_same_digits_is_not_in_scope()
    {
        var scope = Officer("/1/4/", Roles.DistrictOfficer);

        Assert.False(scope.Contains("/1/40/"));
    }

    [Fact]
    public void An_administrator_sees_every_organization()
    {
        var scope = Officer("/1/4/", Roles.Administrator);

        Assert.True(scope.Contains("/2/9/"));
        Assert.Equal("/", scope.RootPath);
    }
}
