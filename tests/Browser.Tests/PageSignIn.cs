using Microsoft.Playwright;

namespace ChildSafety.Browser.Tests;

public static class PageSignIn
{
    /// <summary>
    /// Types into the login form and submits it as a person would, then waits for what a signed-in person sees (the
    /// sign-out button) rather than for a load event, which may have fired before the wait began.
    /// </summary>
    public static async Task SignInAsync(this IPage page, string email, string password = DemoAccounts.Password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất", Exact = true })).ToBeVisibleAsync();
    }
}
