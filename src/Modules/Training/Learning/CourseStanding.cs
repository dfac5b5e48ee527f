using ChildSafety.Training.Certificates;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Quizzes;

namespace ChildSafety.Training.Learning;

/// <summary>
/// One person and one course: the version they would take now (the refresher's when renewing), their current
/// certificate, due date, attempts since they last passed (and extra ones an officer granted), the attempt left
/// open, if any, and every attempt they made, newest first.
/// </summary>
public sealed record CourseStanding(
    Course Course,
    CourseVersion Published,
    CourseVersion? ToTake,
    Certificate? Current,
    DateOnly? DueOn,
    int FailedAttempts,
    int ExtraAttempts,
    QuizAttempt? Open,
    IReadOnlySet<Guid> LessonsRead,
    TrainingStatus Status,
    IReadOnlyList<QuizAttempt> Attempts)
{
    public bool IsAssigned => DueOn is not null;

    public bool IsRenewal => Current is not null && ToTake is not null;

    /// <summary>The version's limit plus the attempts granted since the last pass.</summary>
    public int AttemptsAllowed => (ToTake ?? Published).AttemptLimit + ExtraAttempts;

    public bool AttemptsLeft => ToTake is not null && FailedAttempts < AttemptsAllowed;
}
