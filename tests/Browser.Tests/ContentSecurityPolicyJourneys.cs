using Microsoft.Playwright;

namespace ChildSafety.Browser.Tests;

/// <summary>
/// The strict Content-Security-Policy holds in a real browser: Chromium reports every blocked inline script, style
/// attribute or foreign frame as a console error, and none appears on the pages people use most.
/// </summary>
public sealed class ContentSecurityPolicyJourneys(SiteInBrowser site) : IClassFixture<SiteInBrowser>
{
    private static readonly string[] PublicPages = ["/", "/account/login", "/account/forgot-password", "/handbook", "/lessons", "/articles", "/news", "/no-such-page"];

    private static readonly string[] AdminPages = ["/admin", "/admin/people", "/admin/organizations", "/admin/content", "/admin/content/edit", "/admin/conduct", "/admin/commitments", "/admin/people/import", "/conduct", "/account/my-data", "/account/two-factor"];

    [Fact]
    public async Task Public_pages_load_without_a_policy_violation()
    {
        var page = await site.OpenAsync();
        var violations = Watch(page);

        foreach (var path in PublicPages)
        {
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        }
        await OpenFirstLinkAsync(page, "/handbook", "a[href^='/handbook/']");
        await OpenFirstLinkAsync(page, "/lessons", "a[href^='/lessons/']");

        Assert.Empty(violations);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Administration_pages_and_the_live_preview_run_without_a_policy_violation()
    {
        var page = await site.OpenAsync();
        var violations = Watch(page);
        await page.SignInAsync(DemoAccounts.Administrator);

        foreach (var path in AdminPages)
        {
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
        }
        await page.GotoAsync("/admin/content/edit");
        await page.Locator("[data-live-preview]").FillAsync("# Xem trước\n\n![Video](https://youtu.be/dQw4w9WgXcQ)");
        await Assertions.Expect(page.Locator("iframe.video")).ToHaveCountAsync(1);

        Assert.Empty(violations);
        await page.Context.CloseAsync();
    }

    /// <summary>Console errors about the policy, and the violation events the page itself sees.</summary>
    private static List<string> Watch(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal))
            {
                violations.Add($"{page.Url}: {message.Text}");
            }
        };
        return violations;
    }

    private static async Task OpenFirstLinkAsync(IPage page, string list, string selector)
    {
        await page.GotoAsync(list);
        var href = await page.Locator(selector).First.GetAttributeAsync("href");
        await page.GotoAsync(href!, new() { WaitUntil = WaitUntilState.NetworkIdle });
    }
}
