using Microsoft.Playwright;

namespace ChildSafety.Browser.Tests;

/// <summary>
/// Takes the screenshots in docs/screenshots from the real pages at phone and desktop width, so that the README
/// shows the product as it is today. Each run replaces them.
/// </summary>
public sealed class ScreenshotJourneys(SiteInBrowser site) : IClassFixture<SiteInBrowser>
{
    private static readonly (string Name, string Path, string? SignedInAs)[] Shots =
    [
        ("home", "/", null),
        ("handbook", "/handbook", null),
        ("login", "/account/login", null),
        ("conduct", "/conduct", "newstaff@demo.edu.vn"),
        ("admin-people", "/admin/people", DemoAccounts.SchoolAdmin),
        ("admin-conduct", "/admin/conduct", DemoAccounts.SchoolAdmin),
        ("search", "/search?q=xam+hai", null),
        ("training", "/training", DemoAccounts.Teacher),
        ("training-course", "/training/phong-chong-xam-hai-tre-em-cho-giao-vien", DemoAccounts.Teacher),
        ("certificates", "/my/certificates", DemoAccounts.Teacher),
        ("curriculum", "/curriculum", DemoAccounts.SchoolAdmin),
        ("audit", "/audit", DemoAccounts.DistrictOfficer),
        ("audit-report", "/audit/report", DemoAccounts.ProvinceOfficer),
    ];

    [Fact]
    public async Task Every_main_page_is_photographed_at_phone_and_desktop_width()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "docs", "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var (width, height, suffix) in new[] { (390, 844, "phone"), (1280, 800, "desktop") })
        {
            foreach (var (name, path, signedInAs) in Shots)
            {
                var page = await site.OpenAsync(width, height);
                if (signedInAs is not null)
                {
                    await page.SignInAsync(signedInAs);
                }
                var response = await page.GotoAsync(path);
                Assert.Equal(200, response!.Status);
                var file = Path.Combine(folder, $"{name}-{suffix}.png");
                await page.ScreenshotAsync(new() { Path = file, FullPage = false });
                Assert.True(new FileInfo(file).Length > 1000, $"{file} is empty.");
                await page.Context.CloseAsync();
            }
        }
    }
}
