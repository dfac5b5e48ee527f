using System.Data.Common;
using ChildSafety.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ChildSafety.Core.Figures;

/// <summary>
/// The figures kept per organization, shared by every instance through the database. A kept figure counts only
/// while its stamp is the organization's current one; <see cref="FigureInvalidation"/> moves stamps as records change.
/// </summary>
public sealed class KeptFigures(CoreDbContext db, ILogger<KeptFigures> logger)
{
    /// <summary>The still-valid figures of <paramref name="indicators"/> for <paramref name="organizations"/>, for a year as of a day.</summary>
    /// <remarks>
    /// An outer join to the stamps rather than a lookup per row: the planner costs 21,000 lookups high enough to
    /// compile the statement (JIT), which took longer than running it. The organizations by id, not by a join on
    /// their path: the planner cannot estimate how many kept rows a path prefix matches, and for a district it
    /// probed every kept row of the province (30 ms) where the key's prefix reads only the district's (3 ms).
    /// </remarks>
    public async Task<IReadOnlyList<KeptFigure>> ValidAsync(IReadOnlyList<string> indicators, string schoolYear, DateOnly asOf, IReadOnlyList<int> organizations, CancellationToken cancellationToken) =>
        await (from k in db.KeptFigures.AsNoTracking()
               where k.SchoolYear == schoolYear && k.AsOf == asOf && organizations.Contains(k.OrganizationId) && indicators.Contains(k.Indicator)
               join s in db.FigureStamps on k.OrganizationId equals s.OrganizationId into stamps
               from s in stamps.DefaultIfEmpty()
               where k.Stamp == (s == null ? 0 : s.Stamp)
               select k)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>The current stamps under <paramref name="path"/>; read before counting, so a write that commits meanwhile outdates what is kept.</summary>
    public async Task<IReadOnlyDictionary<int, long>> StampsAsync(string path, CancellationToken cancellationToken) =>
        await db.FigureStamps.AsNoTracking()
            .Join(db.Organizations.Where(o => o.Path.StartsWith(path)), s => s.OrganizationId, o => o.Id, (s, o) => s)
            .ToDictionaryAsync(s => s.OrganizationId, s => s.Stamp, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Keeps freshly counted figures in place of older ones of the same organizations and year, for that day and
    /// the days before it: the audit asks for today or a year's last day, never again for an earlier day, so the
    /// table holds about one day per organization and year. Another instance keeping the same figures at the same
    /// moment makes one of the two fail: that one is simply not kept.
    /// </summary>
    public async Task KeepAsync(IReadOnlyList<KeptFigure> figures, CancellationToken cancellationToken)
    {
        if (figures.Count == 0)
        {
            return;
        }
        using var turn = await SqliteWriter.EnterAsync(db.Database, cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                foreach (var day in figures.GroupBy(f => (f.SchoolYear, f.AsOf)))
                {
                    var indicators = day.Select(f => f.Indicator).Distinct().ToList();
                    var organizations = day.Select(f => f.OrganizationId).Distinct().ToList();
                    await db.KeptFigures
                        .Where(k => k.SchoolYear == day.Key.SchoolYear && k.AsOf <= day.Key.AsOf
                            && indicators.Contains(k.Indicator) && organizations.Contains(k.OrganizationId))
                        .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                }
                await BulkInsert.InsertAsync(db, figures, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DbException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            logger.LogInformation(exception, "Figures were not kept: another request kept the same ones at the same time.");
        }
    }
}
