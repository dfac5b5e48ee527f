using ChildSafety.Core.Content;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Learning;
using ChildSafety.Training.Quizzes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;

namespace ChildSafety.Training.Pages.Training;

/// <summary>A course: its lessons in order with what the person has read, then the quiz and their past attempts.</summary>
public sealed class CourseModel(
    SignedInLearner learner,
    Standings standings,
    QuizAttempts attempts,
    ILessonLibrary library,
    IMarkdownRenderer markdown,
    IMemoryCache cache) : PageModel
{
    public CourseStanding Standing { get; private set; } = null!;

    public IReadOnlyList<LessonChoice> Lessons { get; private set; } = [];

    public string DescriptionHtml { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string course, CancellationToken cancellationToken) =>
        await LoadAsync(course, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStartAsync(string course, CancellationToken cancellationToken)
    {
        if (await learner.OfAsync(User, cancellationToken) is not { } member)
        {
            return NotFound();
        }
        var (outcome, attemptId) = await attempts.StartAsync(member, course, cancellationToken);
        if (outcome.Succeeded)
        {
            return Redirect($"/training/attempts/{attemptId}");
        }
        ModelState.AddOutcome(outcome);
        return await LoadAsync(course, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string course, CancellationToken cancellationToken)
    {
        if (await learner.OfAsync(User, cancellationToken) is not { } member || await standings.OfAsync(member, course, cancellationToken) is not { } standing)
        {
            return false;
        }
        Standing = standing;
        var version = standing.ToTake ?? standing.Published;
        var found = await library.ShownChoicesAsync(cancellationToken);
        Lessons = version.Lessons.Where(l => found.ContainsKey(l.LessonId)).Select(l => found[l.LessonId]).ToList();
        // A published version never changes, so neither does its description's HTML.
        DescriptionHtml = cache.GetOrCreate(("course-description", version.Id), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return markdown.Render(version.Description);
        })!;
        return true;
    }
}
