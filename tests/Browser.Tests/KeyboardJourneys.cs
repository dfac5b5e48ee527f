using Microsoft.Playwright;

namespace ChildSafety.Browser.Tests;

/// <summary>People who use only a keyboard: every step is reached with Tab and taken with Space or Enter.</summary>
public sealed class KeyboardJourneys(SiteInBrowser site) : IClassFixture<SiteInBrowser>
{
    [Fact]
    public async Task A_teacher_acknowledges_the_code_of_conduct_with_the_keyboard_alone()
    {
        var page = await site.OpenAsync();
        await page.SignInAsync("nhung.mai.thcs-lqd@demo.edu.vn");
        Assert.Equal("/conduct", new Uri(page.Url).AbsolutePath);

        await TabToAsync(page, "input[name='Accept']");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "form.card button:not([formaction])");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await page.GotoAsync("/conduct");
        await Assertions.Expect(page.GetByText("Bạn đã xác nhận phiên bản này lúc")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has the focus, as a person would.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var presses = 0; presses < 60; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }
        }
        throw new InvalidOperationException($"Tab never reached {selector}.");
    }
}
