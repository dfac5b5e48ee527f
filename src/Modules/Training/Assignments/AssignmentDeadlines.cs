using System.Runtime.CompilerServices;
using ChildSafety.Core.People;
using ChildSafety.Core.Text;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Assignments;

/// <summary>
/// Who must still pass an assigned course soon, or is already late — site-wide, for reminders. People holding a valid
/// certificate for the course are left out. Read a part of the tree at a time — the active people of
/// <see cref="OrganizationsPerPart"/> organizations some active assignment reaches, and the certificates of those of
/// them with a deadline — so that a province is never held whole.
/// </summary>
public sealed class AssignmentDeadlines(TrainingDbContext db, MemberDirectory directory, TimeProvider clock)
{
    /// <summary>About 5,000 people of a generated province's schools.</summary>
    private const int OrganizationsPerPart = 100;

    /// <summary>
    /// Not yet passed: those due between today and <paramref name="days"/> days from today, and those past their due
    /// date, one line per person and course with the latest due date when several assignments cover them; part by part.
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<Deadline>> OpenAsync(int days, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var until = today.AddDays(days);
        var rules = (await db.Assignments.AsNoTracking().Where(a => a.WithdrawnAt == null).ToListAsync(cancellationToken))
            .Select(a => (a.CourseId, a.Rule)).ToList();
        if (rules.Count == 0)
        {
            yield break;
        }
        var titles = (await db.PublishedCourseTitlesAsync(cancellationToken)).ToDictionary(c => c.Id, c => c.Title);
        var reached = (await directory.PlacesAsync(cancellationToken))
            .Select(place => (Place: place, Rules: rules.Where(r => Enum.GetValues<Position>().Any(p => r.Rule.Covers(place.Path, p, place.Level))).ToList()))
            .Where(p => p.Rules.Count > 0)
            .ToList();
        foreach (var part in reached.Chunk(OrganizationsPerPart))
        {
            var places = part.ToDictionary(p => p.Place.Id);
            var latest = new Dictionary<(Guid PersonId, int CourseId), DateOnly>();
            foreach (var person in await directory.StartersAsync(places.Keys, cancellationToken))
            {
                var (place, placeRules) = places[person.OrganizationId];
                foreach (var (courseId, rule) in placeRules.Where(r => r.Rule.Covers(place.Path, person.Position, place.Level)))
                {
                    var due = rule.DueFor(person.StartedOn);
                    if (!latest.TryGetValue((person.PersonId, courseId), out var later) || due > later)
                    {
                        latest[(person.PersonId, courseId)] = due;
                    }
                }
            }
            var open = latest.Where(l => l.Value <= until).ToList();
            if (open.Count == 0)
            {
                continue;
            }
            var passed = await PassedAsync(open.Select(l => l.Key.PersonId), open.Select(l => l.Key.CourseId), cancellationToken);
            yield return open.Where(l => !passed.Contains(l.Key))
                .Select(l => new Deadline(l.Key.PersonId, l.Key.CourseId, titles.GetValueOrDefault(l.Key.CourseId, ""), l.Value, l.Value < today))
                .ToList();
        }
    }

    /// <summary>Who of <paramref name="personIds"/> holds a valid certificate of which of <paramref name="courseIds"/>: passed, or passed and expiring soon.</summary>
    private async Task<HashSet<(Guid PersonId, int CourseId)>> PassedAsync(IEnumerable<Guid> personIds, IEnumerable<int> courseIds, CancellationToken cancellationToken)
    {
        var people = personIds.Distinct().ToList();
        var courses = courseIds.Distinct().ToList();
        var now = clock.GetUtcNow();
        return (await db.Certificates.AsNoTracking()
                .Where(c => people.Contains(c.PersonId) && courses.Contains(c.CourseId) && c.RevokedAt == null && c.ExpiresAt > now)
                .Select(c => new { c.PersonId, c.CourseId })
                .Distinct()
                .ToListAsync(cancellationToken))
            .Select(c => (c.PersonId, c.CourseId))
            .ToHashSet();
    }
}
