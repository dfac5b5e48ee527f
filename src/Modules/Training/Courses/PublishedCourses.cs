using ChildSafety.Core.Caching;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Courses;

/// <summary>
/// Every course that has a published version, with its latest published version and that version's lessons in order,
/// kept in memory: each course page, each start of an attempt and the list of courses need them, and they change only
/// when a version is published or a course's refresher is set. Those writes evict <see cref="Tag"/>
/// (<see cref="SharedCache"/>): here at once, on the other instances at their next poll of the cache stamps.
/// </summary>
public sealed class PublishedCourses(TrainingDbContext db, SharedCache cache)
{
    public const string Tag = "published-courses";

    /// <summary>Shared between requests, so read-only.</summary>
    public Task<PublishedCatalog> GetAsync(CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync(Tag, Tag, async () =>
        {
            var latest = await db.CourseVersions.AsNoTracking()
                .Include(v => v.Course)
                .Include(v => v.Lessons.OrderBy(l => l.Order))
                .Where(v => v.State == CourseVersionState.Published
                    && v.Number == db.CourseVersions.Where(w => w.CourseId == v.CourseId && w.State == CourseVersionState.Published).Max(w => w.Number))
                .ToListAsync(cancellationToken);
            return new PublishedCatalog(latest.ToDictionary(v => v.CourseId), latest.ToDictionary(v => v.Course!.Slug, v => v.Course!, StringComparer.Ordinal));
        });
}

/// <summary>The latest published version of each course that has one, by course id; the courses by slug.</summary>
public sealed record PublishedCatalog(IReadOnlyDictionary<int, CourseVersion> Latest, IReadOnlyDictionary<string, Course> BySlug);
