using System.Net;

namespace ChildSafety.Site.Tests;

/// <summary>
/// A production site started without demo data leads every page to the setup screen until its province and
/// administrator exist; a refused form creates nothing; afterwards the site opens and the setup screen is gone.
/// </summary>
public sealed class SetupSpecs(SetupSpecs.FreshSite server) : IClassFixture<SetupSpecs.FreshSite>
{
    [Fact]
    public async Task A_fresh_site_leads_to_setup_until_its_administrator_exists()
    {
        using var client = server.CreateClient();
        var home = await client.GetAsync("/");
        var mismatched = await client.SubmitAsync("/setup", Form("Another-Password-2026"));
        using var visitor = server.CreateClient();
        var stillClosed = await visitor.GetAsync("/");
        var done = await client.SubmitAsync("/setup", Form(PersonBuilder.DefaultPassword));
        var opened = await visitor.GetAsync("/");
        var setupAgain = await visitor.GetAsync("/setup");

        Assert.Equal("/setup", home.Path);
        Assert.True(mismatched.Shows("Hai mật khẩu không khớp nhau."), mismatched.Text);
        Assert.Equal("/setup", stillClosed.Path);
        Assert.Equal("/admin", done.Path);
        Assert.True(client.IsSignedIn);
        Assert.Equal((HttpStatusCode.OK, "/"), (opened.Status, opened.Path));
        Assert.Equal(HttpStatusCode.NotFound, setupAgain.Status);
    }

    private static (string, string)[] Form(string confirmation) =>
    [
        ("ProvinceName", "Sở Giáo dục và Đào tạo tỉnh Thử"),
        ("ProvinceCode", "SGD-THU"),
        ("FullName", "Nguyễn Văn Quản Trị"),
        ("Email", "quantri@sgd-thu.edu.vn"),
        ("Password", PersonBuilder.DefaultPassword),
        ("ConfirmPassword", confirmation),
    ];

    public sealed class FreshSite : SiteServer
    {
        public FreshSite()
            : base(DatabaseEngine.Sqlite)
        {
            With("Site:Demo", "false");
        }
    }
}
