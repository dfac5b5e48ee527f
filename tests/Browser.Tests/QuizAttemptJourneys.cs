using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ChildSafety.Browser.Tests;

/// <summary>
/// With JavaScript the attempt is one page: each answer is saved in the background and the next question shown
/// without a new page, a refused or lost save says so and keeps the choice, and a reload lands on the question shown.
/// </summary>
public sealed class QuizAttemptJourneys(SiteInBrowser site) : IClassFixture<SiteInBrowser>
{
    private const string SamePage = "() => window.quizJourneyMarker === true";

    [Fact]
    public async Task A_teacher_takes_a_whole_quiz_on_one_page_and_a_reload_lands_on_the_question_shown_with_its_saved_answer()
    {
        var page = await site.OpenAsync();
        await page.SignInAsync(DemoAccounts.Teacher);
        await page.ReadEveryLessonAsync(OnlineSafetyCourse.Path);
        await page.GotoAsync(OnlineSafetyCourse.Path);
        await page.StartQuizAsync();
        var attempt = new Uri(page.Url).AbsolutePath;
        await page.GotoAsync($"{attempt}?q=1");
        var count = await page.Locator("main fieldset").CountAsync();
        Assert.True(count >= 4, "The page carries every question of the attempt.");
        await MarkAsync(page);

        await NextAsync(page);
        await Assertions.Expect(page.Locator("main [role=alert]")).ToContainTextAsync("Hãy chọn câu trả lời trước khi lưu.");
        await Assertions.Expect(Legend(page)).ToContainTextAsync($"Câu 1/{count}.");

        await page.ChooseAsync(rightly: true);
        await page.Context.SetOfflineAsync(true);
        await NextAsync(page);
        await Assertions.Expect(page.Locator("main [role=alert]")).ToContainTextAsync("mất kết nối");
        await Assertions.Expect(Legend(page)).ToContainTextAsync($"Câu 1/{count}.");
        Assert.True(await page.Locator($"{PageTraining.ShownQuestion} input:checked").CountAsync() > 0, "A lost save keeps the choice.");
        await page.Context.SetOfflineAsync(false);

        IReadOnlyList<string> third = [];
        for (var number = 1; number <= 3; number++)
        {
            third = await page.ChooseAsync(rightly: true);
            await page.LeaveAsync(() => NextAsync(page));
            await Assertions.Expect(Legend(page)).ToContainTextAsync($"Câu {number + 1}/{count}.");
            await Assertions.Expect(Legend(page)).ToBeFocusedAsync();
            await Assertions.Expect(page.GetByText($"Đã trả lời {number}/{count} câu.")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("main [role=alert]")).ToBeHiddenAsync();
            Assert.True(await page.EvaluateAsync<bool>(SamePage), "The answer was saved without loading a new page.");
            Assert.EndsWith($"?q={number + 1}", page.Url, StringComparison.Ordinal);
        }

        await page.ChooseAsync(rightly: true);
        await page.LeaveAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "‹ Lưu và về câu trước" }).ClickAsync());
        await Assertions.Expect(Legend(page)).ToContainTextAsync($"Câu 3/{count}.");
        Assert.True(await page.EvaluateAsync<bool>(SamePage));

        await page.ReloadAsync();
        Assert.False(await page.EvaluateAsync<bool>(SamePage), "The reload loaded the page again.");
        await Assertions.Expect(Legend(page)).ToContainTextAsync($"Câu 3/{count}.");
        await Assertions.Expect(page.GetByText($"Đã trả lời 4/{count} câu.")).ToBeVisibleAsync();
        foreach (var text in third)
        {
            await Assertions.Expect(page.Locator($"{PageTraining.ShownQuestion} label").Filter(new() { HasText = text }).Locator("input")).ToBeCheckedAsync();
        }
        await MarkAsync(page);

        for (var number = 3; number <= count; number++)
        {
            await page.ChooseAsync(rightly: true);
            if (number < count)
            {
                await page.LeaveAsync(() => NextAsync(page));
                Assert.True(await page.EvaluateAsync<bool>(SamePage));
            }
            else
            {
                await page.LeaveAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Lưu và xem lại bài" }).ClickAsync());
            }
        }
        Assert.EndsWith("?q=0", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByText("(chưa trả lời)")).ToHaveCountAsync(0);
        await page.LeaveAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Nộp bài", Exact = true }).ClickAsync());
        await Assertions.Expect(page.GetByText("Chúc mừng! Bạn đạt 100%")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private static ILocator Legend(IPage page) => page.Locator($"{PageTraining.ShownQuestion} legend");

    private static Task NextAsync(IPage page) =>
        page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Lưu và sang câu sau") }).ClickAsync();

    private static async Task MarkAsync(IPage page) => await page.EvaluateAsync("() => { window.quizJourneyMarker = true; }");
}
