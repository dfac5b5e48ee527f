namespace ChildSafety.Training.Courses;

/// <summary>A person marked a lesson of a course as read; a second mark changes nothing.</summary>
public sealed class LessonRead
{
    public long Id { get; set; }

    public Guid PersonId { get; set; }

    public int CourseId { get; set; }

    public Guid LessonId { get; set; }

    public DateTimeOffset ReadAt { get; set; }
}
