using ChildSafety.Core.People;
using ChildSafety.Training.Audit.Data;
using ChildSafety.Training.Audit.Indicators;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Audit;

/// <summary>
/// The schools and centres of a subtree that fall behind the 100% target, with their school administrators: the
/// overdue list on the dashboard, and the query a reminder source asks before writing to them.
/// </summary>
public sealed class AuditBehind(AuditDbContext db, AuditIndicators indicators)
{
    public async Task<IReadOnlyList<BehindSchool>> ForAsync(AuditTree tree, AuditPeriod period, CancellationToken cancellationToken) =>
        await ForAsync(tree, await indicators.ComputeAsync(tree, period, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<BehindSchool>> ForAsync(AuditTree tree, IReadOnlyList<ComputedIndicator> computed, CancellationToken cancellationToken)
    {
        var behind = tree.Schools
            .Select(school => (School: school, Behind: computed
                .Select(c => (c.Indicator, Figure: c.Figures.Of(school)))
                .Where(f => f.Figure.IsBehind)
                .ToList()))
            .Where(s => s.Behind.Count > 0)
            .ToList();
        var ids = behind.Select(b => b.School.Id).ToList();
        var contacts = await db.People.AsNoTracking()
            .Where(p => p.IsActive && ids.Contains(p.OrganizationId)
                && db.UserRoles.Any(ur => ur.UserId == p.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.SchoolAdmin)))
            .Select(p => new { p.OrganizationId, Contact = new SchoolContact(p.Id, p.FullName, p.Email ?? "", p.PhoneNumber, p.Culture) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return behind
            .Select(b => new BehindSchool(b.School, b.Behind, contacts.Where(c => c.OrganizationId == b.School.Id).Select(c => c.Contact).ToList()))
            .OrderBy(b => b.School.Name, StringComparer.CurrentCulture)
            .ToList();
    }
}
