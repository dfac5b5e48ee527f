using System.Diagnostics;
using System.Globalization;

namespace ChildSafety.Bench.QuizLoad;

/// <summary>
/// One teacher at a browser: signs in, accepts the code of conduct if the site asks, then takes the quizzes of the
/// courses open to them one after another — reads the lessons, starts an attempt, saves each answer, submits.
/// </summary>
public sealed class Teacher(LoadOptions options, string email) : IDisposable
{
    /// <summary>Attempts of one course that answer wrongly on purpose before the one that passes (the limit is 3).</summary>
    private const int FailedAttemptsPerCourse = 2;

    private readonly Browser browser = new(options.Site);
    private readonly Pace pace = new(options.Interval);
    private readonly Queue<string> courses = new();
    private int attemptsOfCourse;
    private bool lessonsRead;
    private (long Id, Reply Page)? firstAttempt;

    public string Email => email;

    public Tally Tally { get; } = new();

    /// <summary>
    /// Signed in, past the conduct gate, with the first attempt open at its first question: reading lessons,
    /// starting and loading the attempt are not what is measured, and on a loaded machine they would eat a short run
    /// (5 s runs on PostgreSQL ended with no save at all: every teacher was still loading the attempt page).
    /// </summary>
    public async Task<bool> PrepareAsync(CancellationToken cancellationToken)
    {
        await browser.GetAsync("/account/login", cancellationToken);
        var login = await browser.PostAsync("/account/login", [new("Email", email), new("Password", options.Password)], cancellationToken);
        if (login.Status != 302 || login.Location!.Contains("/account/", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var list = await browser.GetAsync("/training", cancellationToken);
        if (list.RedirectsTo("/conduct"))
        {
            var conduct = await browser.GetAsync(list.Location!, cancellationToken);
            await browser.PostAsync("/conduct", [new("VersionId", PageText.Hidden(conduct.Html, "VersionId")),
                new("ContentHash", PageText.Hidden(conduct.Html, "ContentHash")), new("ReturnUrl", "/training"), new("Accept", "true")], cancellationToken);
            list = await browser.GetAsync("/training", cancellationToken);
        }
        foreach (var slug in PageText.CourseSlugs(list.Html))
        {
            courses.Enqueue(slug);
        }
        if (list.Status == 200 && await OpenAttemptAsync(cancellationToken) is { } attempt)
        {
            firstAttempt = (attempt, await browser.GetAsync(AttemptPath(attempt), cancellationToken));
        }
        return firstAttempt is not null;
    }

    /// <summary>Takes quizzes until the deadline; what is under way then is left open, as a teacher closing the tab would.</summary>
    public async Task RunAsync(DateTime deadline, CancellationToken cancellationToken)
    {
        pace.Begin();
        while (DateTime.UtcNow < deadline)
        {
            if (firstAttempt is { } first)
            {
                firstAttempt = null;
                await TakeAsync(first.Id, first.Page, deadline, cancellationToken);
                continue;
            }
            if (await OpenAttemptAsync(cancellationToken) is not { } attempt)
            {
                Tally.Exhausted++;
                return;
            }
            await TakeAsync(attempt, await browser.GetAsync(AttemptPath(attempt), cancellationToken), deadline, cancellationToken);
        }
    }

    public void Dispose() => browser.Dispose();

    /// <summary>An attempt of the current course, or of the next one when the site offers no more of this one.</summary>
    private async Task<long?> OpenAttemptAsync(CancellationToken cancellationToken)
    {
        while (courses.TryPeek(out var slug))
        {
            var page = await browser.GetAsync($"/training/{slug}", cancellationToken);
            if (page.Status == 200 && PageText.OffersStart(page.Html))
            {
                if (!lessonsRead)
                {
                    for (var number = 1; number <= PageText.LessonCount(page.Html); number++)
                    {
                        await browser.GetAsync($"/training/{slug}/lessons/{number}", cancellationToken);
                        await browser.PostAsync($"/training/{slug}/lessons/{number}", [], cancellationToken);
                    }
                    lessonsRead = true;
                    await browser.GetAsync($"/training/{slug}", cancellationToken);
                }
                var start = await browser.PostAsync($"/training/{slug}?handler=Start", [], cancellationToken);
                if (start.RedirectsTo("/training/attempts/") && long.TryParse(start.Location!["/training/attempts/".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    attemptsOfCourse++;
                    return id;
                }
            }
            courses.Dequeue();
            (attemptsOfCourse, lessonsRead) = (0, false);
        }
        return null;
    }

    private static string AttemptPath(long attempt) => $"/training/attempts/{attempt}";

    /// <summary>
    /// What the browser does with the attempt page's script: the page, loaded once, carries every question; each
    /// answer is saved in the background (204, no new page) from the question shown on, then the review is loaded and
    /// the attempt submitted.
    /// </summary>
    private async Task TakeAsync(long attempt, Reply page, DateTime deadline, CancellationToken cancellationToken)
    {
        var path = AttemptPath(attempt);
        if (page.Status != 200)
        {
            Tally.Error($"{path}: {page.Status} {page.Location}");
            return;
        }
        var passing = attemptsOfCourse > FailedAttemptsPerCourse;
        var questions = PageText.QuestionsFromShown(page.Html);
        var savePath = PageText.SavePath(page.Html);
        if (questions.Count > 0 && savePath is null)
        {
            Tally.Error($"{path}: no save address on the attempt page");
            return;
        }
        foreach (var (question, choices) in questions)
        {
            if (DateTime.UtcNow >= deadline)
            {
                return;
            }
            // The generator lists each question's right option first, so it has the lowest id.
            var chosen = passing ? choices.Min() : choices.Max();
            var due = await pace.NextAsync(cancellationToken);
            var saved = await browser.PostAsync(savePath!,
                [new("questionId", question.ToString(CultureInfo.InvariantCulture)), new("selected", chosen.ToString(CultureInfo.InvariantCulture)), new("go", "next")], cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
            if (saved.Status != 204)
            {
                Tally.Error($"answer {path}: {saved.Status} {saved.Location}");
                return;
            }
            Tally.SaveMilliseconds.Add(elapsed);
        }
        var review = await browser.GetAsync($"{path}?q=0", cancellationToken);
        if (DateTime.UtcNow >= deadline)
        {
            return;
        }
        if (review.Status != 200 || !PageText.OffersSubmit(review.Html))
        {
            Tally.Error($"{path}?q=0: {review.Status} {review.Location}, not the review");
            return;
        }
        var submitDue = await pace.NextAsync(cancellationToken);
        var submitted = await browser.PostAsync($"{path}?handler=Submit", [], cancellationToken);
        var submitElapsed = Stopwatch.GetElapsedTime(submitDue).TotalMilliseconds;
        if (submitted.RedirectsTo($"{path}/result"))
        {
            Tally.SubmitMilliseconds.Add(submitElapsed);
            await browser.GetAsync(submitted.Location!, cancellationToken);
        }
        else
        {
            Tally.Error($"submit {path}: {submitted.Status} {submitted.Location}");
        }
    }
}
