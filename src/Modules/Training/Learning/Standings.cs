using ChildSafety.Core.Organizations;
using ChildSafety.Core.Text;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Certificates;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Learning;

/// <summary>Works out a person's <see cref="CourseStanding"/> for the courses open to them.</summary>
public sealed class Standings(TrainingDbContext db, TimeProvider clock)
{
    /// <summary>Courses assigned to the person or open to their position and level, refreshers only when assigned.</summary>
    public async Task<IReadOnlyList<CourseStanding>> AllAsync(Member member, CancellationToken cancellationToken)
    {
        var courses = await db.Courses.AsNoTracking().Where(c => c.Versions.Any(v => v.State == CourseVersionState.Published)).ToListAsync(cancellationToken);
        var refreshers = courses.Where(c => c.RefresherCourseId is not null).Select(c => c.RefresherCourseId!.Value).ToHashSet();
        var dues = await DueDatesAsync(member, cancellationToken);
        var result = new List<CourseStanding>();
        foreach (var course in courses)
        {
            var standing = await OfAsync(member, course, dues, cancellationToken);
            if (standing is not null && (standing.IsAssigned || !refreshers.Contains(course.Id)))
            {
                result.Add(standing);
            }
        }
        return result.OrderBy(s => s.IsAssigned ? 0 : 1).ThenBy(s => s.DueOn).ThenBy(s => s.Published.Title).ToList();
    }

    /// <summary>Null when the course does not exist, is not published or is neither assigned nor open to the person.</summary>
    public async Task<CourseStanding?> OfAsync(Member member, string slug, CancellationToken cancellationToken)
    {
        var course = await db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        return course is null ? null : await OfAsync(member, course, await DueDatesAsync(member, cancellationToken), cancellationToken);
    }

    public async Task<CourseStanding?> OfAsync(Member member, int courseId, CancellationToken cancellationToken)
    {
        var course = await db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        return course is null ? null : await OfAsync(member, course, await DueDatesAsync(member, cancellationToken), cancellationToken);
    }

    private async Task<CourseStanding?> OfAsync(Member member, Course course, IReadOnlyDictionary<int, DateOnly> dues, CancellationToken cancellationToken)
    {
        var published = await LatestPublishedAsync(course.Id, cancellationToken);
        var due = dues.TryGetValue(course.Id, out var d) ? d : (DateOnly?)null;
        if (published is null || due is null && !(published.Positions.Contains(member.Position) && published.Levels.Admits(member.Level)))
        {
            return null;
        }
        var now = clock.GetUtcNow();
        var current = await db.Certificates.AsNoTracking()
            .Where(c => c.PersonId == member.PersonId && c.CourseId == course.Id && c.RevokedAt == null && c.ExpiresAt > now)
            .OrderByDescending(c => c.ExpiresAt).FirstOrDefaultAsync(cancellationToken);
        var attempts = await db.QuizAttempts.AsNoTracking()
            .Where(a => a.PersonId == member.PersonId && a.CourseId == course.Id)
            .OrderBy(a => a.Number)
            .Select(a => new { a.Id, a.Number, a.Passed, a.SubmittedAt, a.CourseVersionId, a.StartedAt })
            .ToListAsync(cancellationToken);
        var lastPass = attempts.LastOrDefault(a => a.Passed)?.Number ?? 0;
        var sinceLastPass = attempts.Where(a => a.Number > lastPass).ToList();
        var open = sinceLastPass.LastOrDefault(a => a.SubmittedAt is null);
        var extra = await db.AttemptGrants.AsNoTracking()
            .Where(g => g.PersonId == member.PersonId && g.CourseId == course.Id && g.AfterAttempt >= lastPass)
            .SumAsync(g => (int?)g.Extra, cancellationToken) ?? 0;
        var read = (await db.LessonReads.AsNoTracking().Where(r => r.PersonId == member.PersonId && r.CourseId == course.Id)
            .Select(r => new { r.LessonId, r.ReadAt }).ToListAsync(cancellationToken))
            .Where(r => current is null || r.ReadAt > current.IssuedAt).Select(r => r.LessonId).ToHashSet();

        CourseVersion? toTake = published;
        if (current is not null)
        {
            toTake = !Recertification.IsOpen(current.ExpiresAt, now) ? null
                : course.RefresherCourseId is { } refresherId && await LatestPublishedAsync(refresherId, cancellationToken) is { } refresher ? refresher
                : published;
        }
        var status = TrainingStatuses.Of(current?.ExpiresAt, due, sinceLastPass.Count > 0 || read.Count > 0, now, VietnamTime.Today(clock));
        var openAttempt = open is null ? null : await db.QuizAttempts.AsNoTracking().FirstAsync(a => a.Id == open.Id, cancellationToken);
        return new CourseStanding(course, published, toTake, current, due, sinceLastPass.Count(a => a.SubmittedAt is not null && !a.Passed), extra, openAttempt, read, status);
    }

    public async Task<CourseVersion?> LatestPublishedAsync(int courseId, CancellationToken cancellationToken) =>
        await db.CourseVersions.AsNoTracking()
            .Include(v => v.Lessons.OrderBy(l => l.Order))
            .Where(v => v.CourseId == courseId && v.State == CourseVersionState.Published)
            .OrderByDescending(v => v.Number)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The due date of each course assigned to the member; the latest when several assignments cover them.</summary>
    public async Task<IReadOnlyDictionary<int, DateOnly>> DueDatesAsync(Member member, CancellationToken cancellationToken)
    {
        var ancestors = OrganizationPath.Ids(member.OrganizationPath);
        var assignments = await db.Assignments.AsNoTracking()
            .Where(a => a.WithdrawnAt == null && ancestors.Contains(a.OrganizationId))
            .ToListAsync(cancellationToken);
        return assignments.Where(a => a.Rule.Covers(member))
            .GroupBy(a => a.CourseId)
            .ToDictionary(g => g.Key, g => g.Max(a => a.Rule.DueFor(member)));
    }
}
