using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ChildSafety.Browser.Tests;

/// <summary>What a learner does on a course: reads its lessons, starts its quiz, answers it question by question.</summary>
public static class PageTraining
{
    /// <summary>The quiz opens once every lesson is marked read, as the teacher does at the end of each one.</summary>
    public static async Task ReadEveryLessonAsync(this IPage page, string course)
    {
        await page.GotoAsync(course);
        var lessons = await page.Locator($"a[href^='{course}/lessons/']").CountAsync();
        for (var number = 1; number <= lessons; number++)
        {
            await page.GotoAsync($"{course}/lessons/{number}");
            await page.RunAndWaitForResponseAsync(
                () => page.Locator("main form.actions button[type=submit]").ClickAsync(),
                response => response.Request.Method == "POST");
        }
    }

    public static ILocator StartQuizButton(this IPage page) =>
        page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Làm (tiếp )?bài kiểm tra$") });

    /// <summary>Starts (or resumes) the quiz of the course shown and waits until its attempt page is open.</summary>
    public static Task StartQuizAsync(this IPage page) => page.LeaveAsync(() => page.StartQuizButton().ClickAsync(), IsAttempt);

    /// <summary>Whether the address is an attempt's page, where starting a quiz leads.</summary>
    public static bool IsAttempt(string url) => new Uri(url).AbsolutePath.StartsWith("/training/attempts/", StringComparison.Ordinal);

    /// <summary>The question the attempt page shows; it carries the others hidden.</summary>
    public const string ShownQuestion = "main fieldset:visible";

    /// <summary>Answers every question of the open attempt by the text of its options, saves each, and submits.</summary>
    public static async Task AnswerQuizAsync(this IPage page, bool rightly)
    {
        while (await page.Locator($"{ShownQuestion} legend").CountAsync() > 0)
        {
            await page.ChooseAsync(rightly);
            await page.LeaveAsync(() => page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Lưu và (sang câu sau|xem lại bài)") }).ClickAsync());
        }
        await page.LeaveAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Nộp bài", Exact = true }).ClickAsync());
    }

    /// <summary>Checks the options of the shown question, right or one wrong, and unchecks the others; the texts chosen.</summary>
    public static async Task<IReadOnlyList<string>> ChooseAsync(this IPage page, bool rightly)
    {
        var question = await page.Locator($"{ShownQuestion} legend").InnerTextAsync();
        var labels = await page.Locator($"{ShownQuestion} .checks label").AllAsync();
        var texts = new List<string>();
        foreach (var label in labels)
        {
            texts.Add((await label.InnerTextAsync()).Trim());
        }
        var chosen = OnlineSafetyCourse.Choose(question, texts, rightly);
        for (var index = 0; index < labels.Count; index++)
        {
            await labels[index].Locator("input").SetCheckedAsync(chosen.Contains(texts[index]));
        }
        return chosen;
    }
}
