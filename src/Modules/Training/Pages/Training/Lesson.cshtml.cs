using ChildSafety.Core.Content;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Learning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChildSafety.Training.Pages.Training;

/// <summary>One lesson of a course, read here and marked as read; marking twice changes nothing.</summary>
public sealed class LessonModel(SignedInLearner learner, Standings standings, LessonReading reading, ILessonLibrary library) : PageModel
{
    public CourseStanding Standing { get; private set; } = null!;

    public LibraryLesson Lesson { get; private set; } = null!;

    public int Number { get; private set; }

    public int Count { get; private set; }

    public async Task<IActionResult> OnGetAsync(string course, int number, CancellationToken cancellationToken) =>
        await LoadAsync(course, number, cancellationToken) is not null ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string course, int number, CancellationToken cancellationToken)
    {
        if (await LoadAsync(course, number, cancellationToken) is not { } member)
        {
            return NotFound();
        }
        if (!Standing.LessonsRead.Contains(Lesson.Id))
        {
            await reading.MarkReadAsync(member.PersonId, Standing.Course.Id, Lesson.Id, cancellationToken);
        }
        return Number < Count ? Redirect($"/training/{course}/lessons/{Number + 1}") : Redirect($"/training/{course}");
    }

    private async Task<Member?> LoadAsync(string course, int number, CancellationToken cancellationToken)
    {
        if (await learner.OfAsync(User, cancellationToken) is not { } member || await standings.OfAsync(member, course, cancellationToken) is not { } standing)
        {
            return null;
        }
        var lessons = (standing.ToTake ?? standing.Published).Lessons;
        if (number < 1 || number > lessons.Count || await library.ShownAsync(lessons[number - 1].LessonId, cancellationToken) is not { } lesson)
        {
            return null;
        }
        (Standing, Lesson, Number, Count) = (standing, lesson, number, lessons.Count);
        return member;
    }
}
