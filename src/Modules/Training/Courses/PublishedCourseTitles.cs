using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Courses;

/// <summary>Every course with a published version, under the title of its latest one, in title order.</summary>
public static class PublishedCourseTitles
{
    public static async Task<IReadOnlyList<(int Id, string Title)>> PublishedCourseTitlesAsync(this TrainingDbContext db, CancellationToken cancellationToken) =>
        (await db.CourseVersions.AsNoTracking()
            .Where(v => v.State == CourseVersionState.Published
                && !db.CourseVersions.Any(later => later.CourseId == v.CourseId && later.State == CourseVersionState.Published && later.Number > v.Number))
            .Select(v => new { v.CourseId, v.Title }).ToListAsync(cancellationToken).ConfigureAwait(false))
        .OrderBy(c => c.Title).Select(c => (c.CourseId, c.Title)).ToList();
}
