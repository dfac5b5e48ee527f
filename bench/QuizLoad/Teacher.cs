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
    private (long Id, Reply Page, int Answered)? firstAttempt;

    public string Email => email;

    public Tally Tally { get; } = new();

    /// <summary>
    /// Signed in, past the conduct gate, with enough quizzes open to last the run and an attempt open: reading
    /// lessons, starting and loading the attempt are not what is measured, and on a loaded machine they would eat a
    /// short run (5 s runs on PostgreSQL ended with no save at all: every teacher was still loading the attempt
    /// page). Each teacher is also placed at a random point of a course's three attempts, the answers before it given
    /// here, unmeasured: teachers who all began at the same question reached the review, the next start and the next
    /// course's lessons together, every few seconds, and the page loads of those moments — not the submissions — set
    /// the measured lateness.
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
        if (list.Status != 200)
        {
            return false;
        }
        foreach (var slug in PageText.CourseSlugs(list.Html))
        {
            var course = await browser.GetAsync($"/training/{slug}", cancellationToken);
            if (course.Status == 200 && PageText.OffersStart(course.Html))
            {
                courses.Enqueue(slug);
            }
        }
        if (await OpenAttemptAsync(cancellationToken) is not { } attempt)
        {
            return false;
        }
        var page = await browser.GetAsync(AttemptPath(attempt), cancellationToken);
        var questions = PageText.QuestionsFromShown(page.Html).Count;
        var headStart = questions == 0 ? 0 : Random.Shared.Next((FailedAttemptsPerCourse + 1) * questions);
        // Passed over, like a teacher with no quiz: one whose quizzes would run out before the end of the run.
        var supply = courses.Count * (FailedAttemptsPerCourse + 1) * (questions + 1) - headStart;
        if (options.Interval is { } every && supply < options.Duration / every + questions + 1)
        {
            return false;
        }
        for (; headStart >= questions && questions > 0; headStart -= questions)
        {
            if (!await TakeAsync(attempt, page, answered: 0, measured: false, long.MaxValue, cancellationToken)
                || await OpenAttemptAsync(cancellationToken) is not { } next)
            {
                return false;
            }
            attempt = next;
            page = await browser.GetAsync(AttemptPath(attempt), cancellationToken);
        }
        firstAttempt = (attempt, page, headStart);
        var savePath = PageText.SavePath(page.Html);
        foreach (var question in PageText.QuestionsFromShown(page.Html).Take(headStart))
        {
            if (!await SaveAsync(attempt, savePath, question, cancellationToken))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Takes quizzes until the deadline (a <see cref="Stopwatch"/> timestamp), sending no submission whose slot falls
    /// after it; what is under way then is left open, as a teacher closing the tab would.
    /// </summary>
    public async Task RunAsync(long deadline, CancellationToken cancellationToken)
    {
        pace.Begin();
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (firstAttempt is { } first)
            {
                firstAttempt = null;
                await TakeAsync(first.Id, first.Page, first.Answered, measured: true, deadline, cancellationToken);
                continue;
            }
            if (await OpenAttemptAsync(cancellationToken) is not { } attempt)
            {
                Tally.Exhausted++;
                return;
            }
            await TakeAsync(attempt, await browser.GetAsync(AttemptPath(attempt), cancellationToken), answered: 0, measured: true, deadline, cancellationToken);
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
    /// the attempt submitted. The first <paramref name="answered"/> questions were answered before. False when the
    /// site refused something, counted as an error.
    /// </summary>
    private async Task<bool> TakeAsync(long attempt, Reply page, int answered, bool measured, long deadline, CancellationToken cancellationToken)
    {
        var path = AttemptPath(attempt);
        if (page.Status != 200)
        {
            Tally.Error($"{path}: {page.Status} {page.Location}");
            return false;
        }
        var savePath = PageText.SavePath(page.Html);
        foreach (var question in PageText.QuestionsFromShown(page.Html).Skip(answered))
        {
            if (Stopwatch.GetTimestamp() >= deadline)
            {
                return true;
            }
            var due = measured ? await pace.NextAsync(cancellationToken) : 0;
            if (due >= deadline)
            {
                return true;
            }
            if (!await SaveAsync(attempt, savePath, question, cancellationToken))
            {
                return false;
            }
            if (measured)
            {
                Tally.SaveMilliseconds.Add(Stopwatch.GetElapsedTime(due).TotalMilliseconds);
            }
        }
        var review = await browser.GetAsync($"{path}?q=0", cancellationToken);
        if (Stopwatch.GetTimestamp() >= deadline)
        {
            return true;
        }
        if (review.Status != 200 || !PageText.OffersSubmit(review.Html))
        {
            Tally.Error($"{path}?q=0: {review.Status} {review.Location}, not the review");
            return false;
        }
        var submitDue = measured ? await pace.NextAsync(cancellationToken) : 0;
        if (submitDue >= deadline)
        {
            return true;
        }
        var submitted = await browser.PostAsync($"{path}?handler=Submit", [], cancellationToken);
        if (!submitted.RedirectsTo($"{path}/result"))
        {
            Tally.Error($"submit {path}: {submitted.Status} {submitted.Location}");
            return false;
        }
        if (measured)
        {
            Tally.SubmitMilliseconds.Add(Stopwatch.GetElapsedTime(submitDue).TotalMilliseconds);
        }
        await browser.GetAsync(submitted.Location!, cancellationToken);
        return true;
    }

    /// <summary>Saves one answer as the page's script does: right on the passing attempt, wrong before it.</summary>
    private async Task<bool> SaveAsync(long attempt, string? savePath, (int Id, IReadOnlyList<int> Options) question, CancellationToken cancellationToken)
    {
        if (savePath is null)
        {
            Tally.Error($"{AttemptPath(attempt)}: no save address on the attempt page");
            return false;
        }
        // The generator lists each question's right option first, so it has the lowest id.
        var chosen = attemptsOfCourse > FailedAttemptsPerCourse ? question.Options.Min() : question.Options.Max();
        var saved = await browser.PostAsync(savePath,
            [new("questionId", question.Id.ToString(CultureInfo.InvariantCulture)), new("selected", chosen.ToString(CultureInfo.InvariantCulture)), new("go", "next")], cancellationToken);
        if (saved.Status != 204)
        {
            Tally.Error($"answer {AttemptPath(attempt)}: {saved.Status} {saved.Location}");
            return false;
        }
        return true;
    }
}
