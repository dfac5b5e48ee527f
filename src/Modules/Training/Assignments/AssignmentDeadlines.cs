using ChildSafety.Core.Text;
using ChildSafety.Training.Data;
using ChildSafety.Training.Learning;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Assignments;

/// <summary>
/// Who must still pass an assigned course soon, or is already late — site-wide, for reminders and notices. People
/// holding a valid certificate for the course are left out.
/// </summary>
public sealed class AssignmentDeadlines(TrainingDbContext db, Assignments assignments, TimeProvider clock)
{
    /// <summary>
    /// Not yet passed: those due between today and <paramref name="days"/> days from today, and those past their due
    /// date. One pass serves both, since a pass reads everyone each assignment covers.
    /// </summary>
    public async Task<(IReadOnlyList<Deadline> Soon, IReadOnlyList<Deadline> Late)> OpenAsync(int days, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        var open = await LatestAsync(cancellationToken);
        return (open.Where(d => d.DueOn >= today && d.DueOn <= today.AddDays(days)).ToList(), open.Where(d => d.DueOn < today).ToList());
    }

    /// <summary>One line per person and course: the latest due date when several assignments cover them.</summary>
    private async Task<IReadOnlyList<Deadline>> LatestAsync(CancellationToken cancellationToken)
    {
        var active = await db.Assignments.AsNoTracking().Where(a => a.WithdrawnAt == null).ToListAsync(cancellationToken);
        var lines = new List<Deadline>();
        foreach (var assignment in active)
        {
            var title = await assignments.CourseTitleAsync(assignment.CourseId, cancellationToken);
            var people = await assignments.PeopleAsync(assignment, cancellationToken);
            lines.AddRange(people.Where(p => p.Status is not (TrainingStatus.Passed or TrainingStatus.ExpiringSoon))
                .Select(p => new Deadline(p.Member.PersonId, p.Member.FullName, p.Member.Email, assignment.CourseId, title, p.DueOn)));
        }
        return lines.GroupBy(l => (l.PersonId, l.CourseId)).Select(g => g.MaxBy(l => l.DueOn)!).ToList();
    }
}
