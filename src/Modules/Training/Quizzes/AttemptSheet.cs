using ChildSafety.Training.Courses;

namespace ChildSafety.Training.Quizzes;

/// <summary>An attempt as its taker sees it: the course version taken and its questions in the attempt's order.</summary>
public sealed record AttemptSheet(QuizAttempt Attempt, string CourseSlug, CourseVersion Version, IReadOnlyList<SheetQuestion> Questions)
{
    public int Answered => Questions.Count(q => q.Row.Selected is not null);

    /// <summary>The first unanswered question, where a resumed attempt continues; the last when all are answered.</summary>
    public int ResumeAt => Questions.FirstOrDefault(q => q.Row.Selected is null)?.Row.Order ?? Questions.Count;
}
