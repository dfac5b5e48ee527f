namespace ChildSafety.Training.Courses;

/// <summary>
/// A training course owned by an organization. What people take is always one of its <see cref="Versions"/>: a draft
/// can be edited, a published version never changes, and results point at the version that was taken.
/// </summary>
public sealed class Course
{
    public int Id { get; set; }

    /// <summary>The address of the course under /training, unique across the site.</summary>
    public required string Slug { get; set; }

    public int OrganizationId { get; set; }

    /// <summary>The owner's materialized path, copied so that an editor's scope is one prefix test on this table.</summary>
    public string OwnerPath { get; set; } = "/";

    /// <summary>A shorter course that renews this one's certificate, taken instead when re-certification opens.</summary>
    public int? RefresherCourseId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<CourseVersion> Versions { get; set; } = [];
}
