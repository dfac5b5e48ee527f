using ChildSafety.Core.People;
using ChildSafety.Training.Audit.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Assignments;

/// <summary>
/// How many people each of a page of assignments covers, how many of them hold a valid certificate of its course and
/// how many are overdue — counted in the database by organization and position, so that a province is a few thousand
/// groups rather than 150,000 people. Coverage is <see cref="AssignmentRule.Covers(string, Position, Core.Organizations.SchoolLevel?)"/>
/// itself, tried on each group.
/// </summary>
/// <remarks>
/// A due date counted from a start depends on the person: with <c>N</c> days after starting, someone is overdue once
/// they started before today − N and the assignment was also made before that day. The groups are therefore also
/// split by how many of the page's such days a person started on or after (<see cref="Staffer.Since"/>), which is
/// one group more per distinct day on the page and none when every due date is fixed.
/// </remarks>
internal static class AssignmentTally
{
    public static async Task<IReadOnlyDictionary<int, AssignmentCounts>> CountAsync(AuditDbContext db, string rootPath, IReadOnlyList<Assignment> assignments,
        DateTimeOffset now, DateOnly today, CancellationToken cancellationToken)
    {
        if (assignments.Count == 0)
        {
            return new Dictionary<int, AssignmentCounts>();
        }
        var thresholds = assignments.Where(a => a.DueDaysAfterStart is not null).Select(a => OverdueIfStartedBefore(a, today)).Distinct().Order().ToList();
        var courses = assignments.Select(a => a.CourseId).Distinct().ToList();
        var people = db.People.AsNoTracking()
            .Where(p => p.IsActive && p.Organization!.Path.StartsWith(rootPath))
            .Select(p => new Staffer { Id = p.Id, OrganizationId = p.OrganizationId, Position = p.Position, Since = thresholds.Count(t => t <= p.StartedOn) });
        var staff = await people
            .GroupBy(p => new { p.OrganizationId, p.Position, p.Since })
            .Select(g => new { g.Key.OrganizationId, g.Key.Position, g.Key.Since, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var holders = (await people
                .Join(db.Certificates.Where(c => courses.Contains(c.CourseId) && c.RevokedAt == null && c.ExpiresAt > now),
                    p => p.Id, c => c.PersonId, (p, c) => new { p.OrganizationId, p.Position, p.Since, c.CourseId, p.Id })
                .GroupBy(h => new { h.OrganizationId, h.Position, h.Since, h.CourseId })
                .Select(g => new { g.Key.OrganizationId, g.Key.Position, g.Key.Since, g.Key.CourseId, Count = g.Select(h => h.Id).Distinct().Count() })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(h => (h.OrganizationId, h.Position, h.Since, h.CourseId), h => h.Count);
        var places = await db.Organizations.AsNoTracking().Where(o => o.Path.StartsWith(rootPath))
            .ToDictionaryAsync(o => o.Id, o => (o.Path, o.Level), cancellationToken).ConfigureAwait(false);

        return assignments.ToDictionary(a => a.Id, a =>
        {
            var rule = a.Rule;
            var covered = staff
                .Where(g => places.TryGetValue(g.OrganizationId, out var place) && rule.Covers(place.Path, g.Position, place.Level))
                .Select(g => (Group: g, Passed: holders.GetValueOrDefault((g.OrganizationId, g.Position, g.Since, a.CourseId))))
                .ToList();
            var late = covered.Where(c => IsOverdue(a, c.Group.Since, thresholds, today));
            return new AssignmentCounts(covered.Sum(c => c.Group.Count), covered.Sum(c => c.Passed), late.Sum(c => c.Group.Count - c.Passed));
        });
    }

    /// <summary>The day before which a start makes someone overdue on an assignment counted from starting.</summary>
    private static DateOnly OverdueIfStartedBefore(Assignment assignment, DateOnly today) => today.AddDays(-assignment.DueDaysAfterStart!.Value);

    /// <summary>
    /// Whether the people of a group, not holding a certificate, are overdue. <paramref name="since"/> thresholds lie on
    /// or before their start, so they started before the threshold at that index and every later one.
    /// </summary>
    private static bool IsOverdue(Assignment assignment, int since, List<DateOnly> thresholds, DateOnly today)
    {
        if (assignment.DueOn is { } due)
        {
            return due < today;
        }
        var threshold = OverdueIfStartedBefore(assignment, today);
        return assignment.AssignedOn < threshold && since <= thresholds.IndexOf(threshold);
    }

    /// <summary>Built by member initialization, which EF keeps translating through the grouping and join that follow.</summary>
    private sealed class Staffer
    {
        public Guid Id { get; init; }

        public int OrganizationId { get; init; }

        public Position Position { get; init; }

        /// <summary>How many of the page's overdue-if-started-before days lie on or before this person's start.</summary>
        public int Since { get; init; }
    }
}
