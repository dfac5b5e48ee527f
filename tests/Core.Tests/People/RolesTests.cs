using ChildSafety.Core.People;

namespace ChildSafety.Core.Tests.People;

public class RolesTests
{
    [Fact]
    public void A_school_admin_can_give_only_school_roles() =>
        Assert.Equal([Roles.Staff, Roles.SchoolAdmin, Roles.Editor], Roles.AssignableBy([Roles.SchoolAdmin, Roles.Staff]));

    [Fact]
    public void Nobody_but_an_administrator_can_make_an_administrator()
    {
        foreach (var role in Roles.All.Where(r => r != Roles.Administrator))
        {
            Assert.DoesNotContain(Roles.Administrator, Roles.AssignableBy(role));
        }
        Assert.Contains(Roles.Administrator, Roles.AssignableBy(Roles.Administrator));
    }

    [Fact]
    public void Staff_can_give_no_role() => Assert.Empty(Roles.AssignableBy(Roles.Staff));

    [Theory]
    [InlineData("co.giao@truong.edu.vn", true)]
    [InlineData("Co.Giao@Truong.EDU.vn", true)]
    [InlineData("khong-co-a-cong", false)]
    [InlineData("a@b", false)]
    [InlineData("Cô Giáo <co@truong.edu.vn>", false)]
    [InlineData("co giao@truong.edu.vn", false)]
    [InlineData("", false)]
    public void Email_addresses_are_plain_and_complete(string value, bool valid) => Assert.Equal(valid, EmailAddress.IsValid(value));
}
