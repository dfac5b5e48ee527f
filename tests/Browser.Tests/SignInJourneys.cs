using Microsoft.Playwright;

namespace ChildSafety.Browser.Tests;

/// <summary>People signing in through the real login page in Chromium, and where that lets them go.</summary>
public sealed class SignInJourneys(SiteInBrowser site) : IClassFixture<SiteInBrowser>
{
    [Fact]
    public async Task An_administrator_on_a_phone_signs_in_and_opens_the_admin_area()
    {
        var page = await site.OpenAsync(width: 390, height: 844);

        await page.SignInAsync(DemoAccounts.Administrator);
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
        var admin = await page.GotoAsync("/admin");

        Assert.Equal(200, admin!.Status);
        Assert.Equal("/admin", new Uri(page.Url).AbsolutePath);
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Quản trị", Level = 1 }).IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_teacher_signs_in_and_is_shown_the_access_denied_page_for_the_admin_area()
    {
        var page = await site.OpenAsync();

        await page.SignInAsync(DemoAccounts.Teacher);
        var admin = await page.GotoAsync("/admin");

        Assert.Equal(403, admin!.Status);
        Assert.Equal("/account/access-denied", new Uri(page.Url).AbsolutePath);
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Không có quyền truy cập", Level = 1 }).IsVisibleAsync());
        await page.Context.CloseAsync();
    }
}
