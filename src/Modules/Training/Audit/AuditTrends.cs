using ChildSafety.Core.Text;
using ChildSafety.Training.Audit.Data;
using ChildSafety.Training.Conduct;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Audit;

/// <summary>
/// Month by month from August to the figures' day: four counting queries a month, never the rows themselves (SQLite
/// cannot take the month of a stored instant, and Vietnamese months do not start at UTC midnight anyway).
/// </summary>
public sealed class AuditTrends(AuditDbContext db)
{
    public async Task<IReadOnlyList<MonthTrend>> ForAsync(AuditTree tree, AuditPeriod period, CancellationToken cancellationToken)
    {
        var months = new List<MonthTrend>();
        var root = tree.Root.Path;
        for (var first = period.Year.Starts; first <= period.AsOf; first = first.AddMonths(1))
        {
            var from = VietnamTime.StartOf(first);
            var to = VietnamTime.StartOf(first.AddMonths(1));
            var acknowledgments = await db.Acknowledgments.AsNoTracking()
                .Where(a => a.Decision == AcknowledgmentDecision.Accepted && a.At >= from && a.At < to)
                .Join(db.Organizations.Where(o => o.Path.StartsWith(root)), a => a.OrganizationId, o => o.Id, (a, o) => a.Id)
                .CountAsync(cancellationToken).ConfigureAwait(false);
            var signatures = await db.CommitmentInvitations.AsNoTracking()
                .Where(i => i.SignedAt >= from && i.SignedAt < to)
                .Join(db.Organizations.Where(o => o.Path.StartsWith(root)), i => i.Commitment!.OrganizationId, o => o.Id, (i, o) => i.Id)
                .CountAsync(cancellationToken).ConfigureAwait(false);
            var certificates = await db.Certificates.AsNoTracking()
                .CountAsync(c => c.IssuedAt >= from && c.IssuedAt < to && c.OrganizationPath.StartsWith(root), cancellationToken).ConfigureAwait(false);
            var next = first.AddMonths(1);
            var activities = await db.AwarenessActivities.AsNoTracking()
                .Where(a => a.Date >= first && a.Date < next)
                .Join(db.Organizations.Where(o => o.Path.StartsWith(root)), a => a.OrganizationId, o => o.Id, (a, o) => a.Id)
                .CountAsync(cancellationToken).ConfigureAwait(false);
            months.Add(new MonthTrend(first.Year, first.Month, acknowledgments, signatures, certificates, activities));
        }
        return months;
    }
}
