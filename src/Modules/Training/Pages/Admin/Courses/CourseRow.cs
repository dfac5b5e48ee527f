namespace ChildSafety.Training.Pages.Admin.Courses;

/// <summary>A course as the officers' list shows it: its latest title, last published version and open draft.</summary>
public sealed record CourseRow(int Id, string Slug, string Title, int? PublishedNumber, int? DraftId);
