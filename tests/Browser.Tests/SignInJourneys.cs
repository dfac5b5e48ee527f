using Microsoft.Playwright;

namespace ChildSafety.Browser.Tests;

/// <summary>People signing in through the real login page in Chromium, and where that lets them go.</summary>
public sealed class SignInJourneys(SiteInBrowser site) : IClassFixture<SiteInBrowser>
{
    [Fact]
    public async Task An_administrator_on_a_phone_signs_in_and_opens_the_admin_area()
    {
        var page = await site.OpenAsync(width: 390, height: 844);

        await SignInAsync(page, DemoAccounts.Administrator);
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

        await SignInAsync(page, DemoAccounts.Teacher);
        var admin = await page.GotoAsync("/admin");

        Assert.Equal(403, admin!.Status);
        Assert.Equal("/account/access-denied", new Uri(page.Url).AbsolutePath);
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Không có quyền truy cập", Level = 1 }).IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    /// <summary>Types into the login form and submits it as a person would, then waits to land on the home page signed in.</summary>
    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(DemoAccounts.Password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
        // Waiting for what the person sees (the sign-out button) rather than for a load event, which may have
        // fired before the wait began.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất", Exact = true })).ToBeVisibleAsync();
        Assert.Equal("/", new Uri(page.Url).AbsolutePath);
    }
}
