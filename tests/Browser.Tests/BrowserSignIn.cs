using Microsoft.Playwright;

namespace ChildSafety.Browser.Tests;

/// <summary>Signing in through the real login page, as a person does.</summary>
public static class BrowserSignIn
{
    /// <summary>Types into the login form and submits it as a person would, then waits to land on the home page signed in.</summary>
    public static async Task SignInAsync(this IPage page, string email)
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
