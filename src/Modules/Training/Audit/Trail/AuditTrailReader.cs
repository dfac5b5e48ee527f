using ChildSafety.Core;
using ChildSafety.Core.Text;
using ChildSafety.Training.Audit.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Audit.Trail;

/// <summary>
/// Reads the audit trail of a subtree: events that belong to one of its organizations, newest first, a page at a time.
/// The trail's writing and verifying are Core's <see cref="Core.Audit.AuditTrail"/>.
/// </summary>
public sealed class AuditTrailReader(AuditDbContext db)
{
    public const int PageSize = 50;

    public async Task<Paged<TrailRow>> PageAsync(AuditTree tree, TrailFilter filter, int? page, CancellationToken cancellationToken)
    {
        var events = Filtered(tree, filter).OrderByDescending(e => e.Id);
        var paging = Paging.Of(page, PageSize, await events.CountAsync(cancellationToken).ConfigureAwait(false));
        var rows = await events.Skip(paging.Skip).Take(PageSize).ToListAsync(cancellationToken).ConfigureAwait(false);
        var personIds = rows.SelectMany(e => new[] { e.ActorId, e.PersonId }).OfType<Guid>().Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken).ConfigureAwait(false);
        var units = tree.Units.ToDictionary(u => u.Id, u => u.Name);
        return new Paged<TrailRow>(rows.Select(e => new TrailRow(e.Id, e.OccurredAt, e.Kind,
            e.ActorId is { } actor ? names.GetValueOrDefault(actor) : null,
            e.PersonId is { } person ? names.GetValueOrDefault(person) : null,
            e.PersonId,
            e.OrganizationId is { } org ? units.GetValueOrDefault(org) : null,
            e.Details)).ToList(), paging);
    }

    /// <summary>Events of the subtree in a range of days, counted by kind.</summary>
    public async Task<IReadOnlyList<ActivityCount>> CountsAsync(AuditTree tree, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        (await Filtered(tree, new TrailFilter(null, null, from, to))
            .GroupBy(e => e.Kind)
            .Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false))
        .Select(c => new ActivityCount(c.Kind, c.Count))
        .OrderBy(c => c.Kind, StringComparer.Ordinal)
        .ToList();

    /// <summary>The kinds present in the subtree's trail, for the filter.</summary>
    public async Task<IReadOnlyList<string>> KindsAsync(AuditTree tree, CancellationToken cancellationToken) =>
        await Filtered(tree, new TrailFilter(null, null, null, null)).Select(e => e.Kind).Distinct().OrderBy(k => k)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    private IQueryable<Core.Audit.AuditEvent> Filtered(AuditTree tree, TrailFilter filter)
    {
        var root = tree.Root.Path;
        var events = db.AuditEvents.AsNoTracking()
            .Where(e => db.Organizations.Any(o => o.Id == e.OrganizationId && o.Path.StartsWith(root)));
        if (filter.PersonId is { } person)
        {
            events = events.Where(e => e.PersonId == person || e.ActorId == person);
        }
        if (!string.IsNullOrEmpty(filter.Kind))
        {
            events = events.Where(e => e.Kind == filter.Kind);
        }
        if (filter.From is { } from)
        {
            var start = VietnamTime.StartOf(from);
            events = events.Where(e => e.OccurredAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = VietnamTime.StartOf(to.AddDays(1));
            events = events.Where(e => e.OccurredAt < end);
        }
        return events;
    }
}
