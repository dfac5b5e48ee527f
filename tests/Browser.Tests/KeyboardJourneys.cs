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
        // Her district assigns her courses, so accepting leads on to them.
        await page.LeaveAsync(() => page.Keyboard.PressAsync("Enter"), url => new Uri(url).AbsolutePath == "/training");
        await page.GotoAsync("/conduct");
        await Assertions.Expect(page.GetByText("Bạn đã xác nhận phiên bản này lúc")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_teacher_answers_and_submits_a_quiz_with_the_keyboard_alone_and_always_sees_the_focus()
    {
        var page = await site.OpenAsync();
        await page.SignInAsync(DemoAccounts.Teacher);
        await page.ReadEveryLessonAsync(OnlineSafetyCourse.Path);
        await page.GotoAsync(OnlineSafetyCourse.Path);
        await TabToAsync(page, "form[action*='handler=Start'] button");
        await page.LeaveAsync(() => page.Keyboard.PressAsync("Enter"), PageTraining.IsAttempt);

        while (await page.Locator($"{PageTraining.ShownQuestion} legend").CountAsync() > 0)
        {
            await AnswerWithTheKeyboardAsync(page);
            await TabToAsync(page, "button[name='go'][value='next']");
            await page.LeaveAsync(() => page.Keyboard.PressAsync("Enter"));
        }
        await TabToAsync(page, "form[action*='handler=Submit'] button");
        await page.LeaveAsync(() => page.Keyboard.PressAsync("Enter"));

        await Assertions.Expect(page.GetByText("Chúc mừng! Bạn đạt 100%")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>Checks the right options of the question on screen: Space on each box, or arrows within the radio group.</summary>
    private static async Task AnswerWithTheKeyboardAsync(IPage page)
    {
        var question = await page.Locator($"{PageTraining.ShownQuestion} legend").InnerTextAsync();
        var options = new Dictionary<string, string>();
        foreach (var label in await page.Locator($"{PageTraining.ShownQuestion} .checks label").AllAsync())
        {
            options[(await label.InnerTextAsync()).Trim()] = await label.Locator("input").GetAttributeAsync("value") ?? "";
        }
        var chosen = OnlineSafetyCourse.Choose(question, options.Keys, rightly: true).Select(text => options[text]).ToList();
        if (await page.Locator($"{PageTraining.ShownQuestion} .checks input[type=radio]").CountAsync() > 0)
        {
            await TabToAsync(page, "main .checks input");
            while (await page.EvaluateAsync<string>("() => document.activeElement.value") != chosen[0])
            {
                await page.Keyboard.PressAsync("ArrowDown");
            }
            await page.Keyboard.PressAsync("Space");
        }
        else
        {
            foreach (var value in chosen)
            {
                await TabToAsync(page, $"main .checks input[value='{value}']");
                await page.Keyboard.PressAsync("Space");
            }
        }
        foreach (var value in chosen)
        {
            await Assertions.Expect(page.Locator($"main .checks input[value='{value}']")).ToBeCheckedAsync();
        }
    }

    /// <summary>The focused element shows the keyboard focus ring: it matches :focus-visible and draws an outline.</summary>
    private const string FocusIsVisible = """
        () => {
            const element = document.activeElement;
            const style = getComputedStyle(element);
            return element.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        }
        """;

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has the focus, as a person would.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var presses = 0; presses < 60; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                Assert.True(await page.EvaluateAsync<bool>(FocusIsVisible), $"The focus on {selector} is not visible.");
                return;
            }
        }
        throw new InvalidOperationException($"Tab never reached {selector}.");
    }
}
