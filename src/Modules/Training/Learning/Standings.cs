using ChildSafety.Core.Text;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Certificates;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Courses;

namespace ChildSafety.Training.Learning;

/// <summary>
/// Works out a person's <see cref="CourseStanding"/> for the courses open to them, from their records in every
/// course (<see cref="LearnerRecords"/>): a list of courses costs what one does.
/// </summary>
public sealed class Standings(LearnerRecords learner, PublishedCourses catalog, LiveAssignments live, TimeProvider clock)
{
    /// <summary>Courses assigned to the person or open to their position and level, refreshers only when assigned.</summary>
    public async Task<IReadOnlyList<CourseStanding>> AllAsync(Member member, CancellationToken cancellationToken)
    {
        var published = await catalog.GetAsync(cancellationToken);
        var refreshers = published.Latest.Values.Select(v => v.Course!.RefresherCourseId).OfType<int>().ToHashSet();
        var records = await RecordsAsync(member, published, cancellationToken);
        return published.Latest.Values.Select(version => Of(member, version.Course!, records))
            .OfType<CourseStanding>()
            .Where(s => s.IsAssigned || !refreshers.Contains(s.Course.Id))
            .OrderBy(s => s.IsAssigned ? 0 : 1).ThenBy(s => s.DueOn).ThenBy(s => s.Published.Title).ToList();
    }

    /// <summary>Null when the course does not exist, is not published or is neither assigned nor open to the person.</summary>
    public async Task<CourseStanding?> OfAsync(Member member, string slug, CancellationToken cancellationToken)
    {
        var published = await catalog.GetAsync(cancellationToken);
        return published.BySlug.TryGetValue(slug, out var course) ? await OfAsync(member, published, course, cancellationToken) : null;
    }

    public async Task<CourseStanding?> OfAsync(Member member, int courseId, CancellationToken cancellationToken)
    {
        var published = await catalog.GetAsync(cancellationToken);
        return published.Latest.TryGetValue(courseId, out var version) ? await OfAsync(member, published, version.Course!, cancellationToken) : null;
    }

    private async Task<CourseStanding?> OfAsync(Member member, PublishedCatalog published, Course course, CancellationToken cancellationToken) =>
        Of(member, course, await RecordsAsync(member, published, cancellationToken));

    private static CourseStanding? Of(Member member, Course course, PersonRecords records)
    {
        var published = records.Published.GetValueOrDefault(course.Id);
        var due = records.Dues.TryGetValue(course.Id, out var d) ? d : (DateOnly?)null;
        if (published is null || due is null && !(published.Positions.Contains(member.Position) && published.Levels.Admits(member.Level)))
        {
            return null;
        }
        var current = records.Done.Certificates[course.Id].Where(c => c.ExpiresAt > records.Now).MaxBy(c => c.ExpiresAt);
        var attempts = records.Done.Attempts[course.Id].OrderBy(a => a.Number).ToList();
        var lastPass = attempts.LastOrDefault(a => a.Passed)?.Number ?? 0;
        var sinceLastPass = attempts.Where(a => a.Number > lastPass).ToList();
        var extra = records.Done.Grants[course.Id].Where(g => g.AfterAttempt >= lastPass).Sum(g => g.Extra);
        var read = records.Done.Reads[course.Id].Where(r => current is null || r.ReadAt > current.IssuedAt).Select(r => r.LessonId).ToHashSet();

        CourseVersion? toTake = published;
        if (current is not null)
        {
            toTake = !Recertification.IsOpen(current.ExpiresAt, records.Now) ? null
                : course.RefresherCourseId is { } refresherId && records.Published.GetValueOrDefault(refresherId) is { } refresher ? refresher
                : published;
        }
        var status = TrainingStatuses.Of(current?.ExpiresAt, due, sinceLastPass.Count > 0 || read.Count > 0, records.Now, records.Today);
        return new CourseStanding(course, published, toTake, current, due, sinceLastPass.Count(a => a.SubmittedAt is not null && !a.Passed), extra,
            sinceLastPass.LastOrDefault(a => a.SubmittedAt is null), read, status, attempts.AsEnumerable().Reverse().ToList());
    }

    /// <summary>What the person has done, and each course's latest published version.</summary>
    private async Task<PersonRecords> RecordsAsync(Member member, PublishedCatalog published, CancellationToken cancellationToken)
    {
        var dues = await DueDatesAsync(member, cancellationToken);
        var done = await learner.OfAsync(member.PersonId, cancellationToken);
        return new PersonRecords(clock.GetUtcNow(), VietnamTime.Today(clock), dues, published.Latest, done);
    }

    private sealed record PersonRecords(
        DateTimeOffset Now,
        DateOnly Today,
        IReadOnlyDictionary<int, DateOnly> Dues,
        IReadOnlyDictionary<int, CourseVersion> Published,
        LearnerRecordSet Done);

    /// <summary>The due date of each course assigned to the member; the latest when several assignments cover them.</summary>
    public async Task<IReadOnlyDictionary<int, DateOnly>> DueDatesAsync(Member member, CancellationToken cancellationToken)
    {
        var assignments = await live.OverAsync(member.OrganizationPath, cancellationToken);
        return assignments.Where(a => a.Rule.Covers(member))
            .GroupBy(a => a.CourseId)
            .ToDictionary(g => g.Key, g => g.Max(a => a.Rule.DueFor(member)));
    }
}
