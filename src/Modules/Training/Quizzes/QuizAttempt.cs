namespace ChildSafety.Training.Quizzes;

/// <summary>
/// One try at a course's quiz. <see cref="CourseId"/> is the course whose certificate is at stake and
/// <see cref="CourseVersionId"/> the version actually taken — the course's own or, on renewal, its refresher's.
/// Numbers run 1, 2, 3… per person and course, and the database refuses a number twice, so two tabs starting
/// at once cannot open two attempts.
/// </summary>
public sealed class QuizAttempt
{
    public long Id { get; set; }

    public Guid PersonId { get; set; }

    public int OrganizationId { get; set; }

    public int CourseId { get; set; }

    public int CourseVersionId { get; set; }

    public int Number { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>Percent of questions answered exactly right, set once at submission.</summary>
    public int? Score { get; set; }

    public bool Passed { get; set; }

    public List<AttemptQuestion> Questions { get; set; } = [];

    public bool IsOpen => SubmittedAt is null;

    /// <summary>A copy as the submit leaves the stored attempt; its dealt questions are the same list.</summary>
    public QuizAttempt Closed(DateTimeOffset submittedAt, int score, bool passed)
    {
        var closed = (QuizAttempt)MemberwiseClone();
        closed.SubmittedAt = submittedAt;
        closed.Score = score;
        closed.Passed = passed;
        return closed;
    }
}
