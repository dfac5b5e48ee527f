namespace ChildSafety.Training.Courses;

/// <summary>A published Content lesson at its place in a course version; the lesson itself stays Content's.</summary>
public sealed class CourseLesson
{
    public int Id { get; set; }

    public int CourseVersionId { get; set; }

    /// <summary>1, 2, 3… within the version.</summary>
    public int Order { get; set; }

    public Guid LessonId { get; set; }
}
