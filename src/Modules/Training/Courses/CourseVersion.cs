using ChildSafety.Training.Conduct;

namespace ChildSafety.Training.Courses;

/// <summary>
/// One version of a course: its text, lessons, quiz and rules. Publishing fixes it for good; a correction is a new
/// version, and what people earned on an older one stays as it was.
/// </summary>
public sealed class CourseVersion
{
    public int Id { get; set; }

    public int CourseId { get; set; }

    public Course? Course { get; set; }

    public int Number { get; set; }

    public CourseVersionState State { get; set; }

    public required string Title { get; set; }

    /// <summary>Markdown.</summary>
    public string Description { get; set; } = "";

    /// <summary>The lowest score, in percent, that passes.</summary>
    public int PassMark { get; set; } = 80;

    /// <summary>How many attempts a person has to pass before an officer steps in.</summary>
    public int AttemptLimit { get; set; } = 3;

    /// <summary>How long a certificate from this version stays valid.</summary>
    public int ValidityMonths { get; set; } = 12;

    /// <summary>Who may take the course without being assigned it.</summary>
    public PositionSet Positions { get; set; } = PositionSet.Everyone;

    public SchoolLevelSet Levels { get; set; } = SchoolLevelSet.Any;

    public DateTimeOffset? PublishedAt { get; set; }

    public Guid? PublishedById { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<CourseLesson> Lessons { get; set; } = [];

    public List<Question> Questions { get; set; } = [];

    public bool IsPublished => State == CourseVersionState.Published;
}
