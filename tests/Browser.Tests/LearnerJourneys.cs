using Microsoft.Playwright;

namespace ChildSafety.Browser.Tests;

/// <summary>A teacher takes an assigned training from the first lesson to a certificate anyone can verify.</summary>
public sealed class LearnerJourneys(SiteInBrowser site) : IClassFixture<SiteInBrowser>
{
    private const string TeacherName = "Đặng Văn Nam";

    [Fact]
    public async Task A_teacher_reads_the_lessons_fails_the_quiz_once_passes_it_and_gets_a_certificate_anyone_can_verify()
    {
        var teacher = await site.OpenAsync();
        await teacher.SignInAsync(DemoAccounts.Teacher);
        await teacher.GotoAsync("/training");
        await teacher.GetByRole(AriaRole.Link, new() { Name = OnlineSafetyCourse.Title, Exact = true }).First.ClickAsync();
        Assert.Equal(OnlineSafetyCourse.Path, new Uri(teacher.Url).AbsolutePath);

        await teacher.ReadEveryLessonAsync(OnlineSafetyCourse.Path);
        await TakeQuizAsync(teacher, rightly: false);
        await Assertions.Expect(teacher.GetByText("chưa đạt")).ToBeVisibleAsync();
        await Assertions.Expect(teacher.GetByText("Giải thích:").First).ToBeVisibleAsync();

        await TakeQuizAsync(teacher, rightly: true);
        await Assertions.Expect(teacher.GetByText("Chúc mừng! Bạn đạt 100%")).ToBeVisibleAsync();

        await teacher.GotoAsync("/my/certificates");
        var row = teacher.Locator("tbody tr").Filter(new() { HasText = OnlineSafetyCourse.Title });
        var pdf = await row.GetByRole(AriaRole.Link, new() { Name = "PDF (A4)" }).GetAttributeAsync("href")
            ?? throw new InvalidOperationException("The certificate has no PDF link.");
        var download = await teacher.Context.APIRequest.GetAsync(pdf);
        Assert.Equal(200, download.Status);
        Assert.StartsWith("application/pdf", download.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal("%PDF"u8.ToArray(), (await download.BodyAsync()).Take(4).ToArray());
        var verification = await row.Locator("a[href^='/verify/']").GetAttributeAsync("href")
            ?? throw new InvalidOperationException("The certificate has no verification link.");
        await teacher.Context.CloseAsync();

        var visitor = await site.OpenAsync();
        await visitor.GotoAsync(verification);
        var details = visitor.Locator("main dl");
        await Assertions.Expect(visitor.GetByText("Chứng nhận này hợp lệ và còn hiệu lực.")).ToBeVisibleAsync();
        await Assertions.Expect(details).ToContainTextAsync(TeacherName);
        await Assertions.Expect(details).ToContainTextAsync(OnlineSafetyCourse.Title);
        await Assertions.Expect(details).ToContainTextAsync(verification["/verify/".Length..]);
        await Assertions.Expect(visitor.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" })).ToHaveCountAsync(0);
        await visitor.Context.CloseAsync();
    }

    private static async Task TakeQuizAsync(IPage page, bool rightly)
    {
        await page.GotoAsync(OnlineSafetyCourse.Path);
        await page.StartQuizAsync();
        await page.AnswerQuizAsync(rightly);
        Assert.EndsWith("/result", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
    }
}
