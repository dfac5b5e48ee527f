using System.Text.RegularExpressions;
using ChildSafety.Core.People;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Training;

/// <summary>A new teacher of the demo school walking through a course as the pages let them.</summary>
internal sealed partial class Learner(SiteServer server, Person person, SiteClient client) : IDisposable
{
    public const string Course = "phong-chong-xam-hai-tre-em-cho-giao-vien";

    public Person Person => person;

    public SiteClient Client { get; private set; } = client;

    /// <summary>Created, signed in, and past the code-of-conduct gate.</summary>
    public static async Task<Learner> NewAsync(SiteServer server, string organization = DemoAccounts.School)
    {
        var person = await new PersonBuilder(server).In(organization).As(Position.Teacher).WithRoles(Roles.Staff).CreateAsync();
        var learner = new Learner(server, person, server.CreateClient());
        await learner.SignInAsync();
        return learner;
    }

    public async Task SignInAsync()
    {
        Client.Dispose();
        Client = server.CreateClient();
        await SignInPastTheCodeAsync(Client, person);
    }

    /// <summary>Signs a new person in and accepts the code of conduct the gate asks for.</summary>
    public static async Task SignInPastTheCodeAsync(SiteClient client, Person person)
    {
        await client.SignInAsync(person.Email!, PersonBuilder.DefaultPassword);
        var code = await client.GetAsync("/conduct");
        if (code.Shows("Trước khi tiếp tục"))
        {
            await client.PostAsync("/conduct", code.AntiforgeryToken(),
                [new("Accept", "true"), new("VersionId", code.InputValue("VersionId")), new("ContentHash", code.InputValue("ContentHash"))]);
        }
    }

    /// <summary>
    /// Reads each lesson and marks it read, not following the redirect the mark answers with (the page it leads to
    /// would be read next anyway); <paramref name="afterEachRead"/> runs right after each mark.
    /// </summary>
    public async Task ReadAllLessonsAsync(string slug = Course, Func<Task>? afterEachRead = null)
    {
        var course = await Client.GetAsync($"/training/{slug}");
        for (var number = 1; course.Html.Contains($"/training/{slug}/lessons/{number}\"", StringComparison.Ordinal); number++)
        {
            var lesson = await Client.GetAsync($"/training/{slug}/lessons/{number}");
            using var read = await Client.Raw.PostAsync(lesson.Path, new FormUrlEncodedContent([new("__RequestVerificationToken", lesson.AntiforgeryToken())]));
            Assert.Equal(System.Net.HttpStatusCode.Redirect, read.StatusCode);
            if (afterEachRead is not null)
            {
                await afterEachRead();
            }
        }
    }

    /// <summary>Starts or resumes the quiz; the page it lands on.</summary>
    public async Task<Page> StartAsync(string slug = Course)
    {
        var course = await Client.GetAsync($"/training/{slug}");
        return await Client.PostAsync($"/training/{slug}?handler=Start", course.AntiforgeryToken(), []);
    }

    public static long AttemptId(Page page) => long.Parse(AttemptPath().Match(page.Path).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Answers the question shown on <paramref name="page"/>, right or wrong; the page after saving.</summary>
    public async Task<Page> AnswerAsync(Page page, bool right)
    {
        var questionId = int.Parse(page.InputValue("questionId"), System.Globalization.CultureInfo.InvariantCulture);
        var chosen = await OptionsAsync(questionId, right);
        return await AnswerAsync(page, questionId, chosen);
    }

    public Task<Page> AnswerAsync(Page page, int questionId, IEnumerable<int> options) =>
        Client.PostAsync($"{page.Path}?handler=Answer", page.AntiforgeryToken(),
            [new("questionId", questionId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("go", "next"),
             .. options.Select(o => new KeyValuePair<string, string>("selected", o.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);

    /// <summary>Answers every question and submits; the result page.</summary>
    public async Task<Page> TakeQuizAsync(bool pass) => await SubmitAsync(await AnswerEveryQuestionAsync(pass));

    /// <summary>Starts the quiz and answers every question; the review page, ready to submit.</summary>
    public async Task<Page> AnswerEveryQuestionAsync(bool pass)
    {
        var page = await StartAsync();
        while (page.Html.Contains("name=\"questionId\"", StringComparison.Ordinal))
        {
            page = await AnswerAsync(page, pass);
        }
        return page;
    }

    public Task<Page> SubmitAsync(Page review) =>
        Client.PostAsync($"{review.Path}?handler=Submit", review.AntiforgeryToken(), []);

    /// <summary>The correct options of a question, or one wrong one.</summary>
    public async Task<IReadOnlyList<int>> OptionsAsync(int questionId, bool right)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var question = await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Questions.AsNoTracking()
            .Include(q => q.Options).SingleAsync(q => q.Id == questionId);
        return right ? question.Options.Where(o => o.IsCorrect).Select(o => o.Id).ToList() : [question.Options.First(o => !o.IsCorrect).Id];
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex(@"/training/attempts/(\d+)")]
    private static partial Regex AttemptPath();
}
