using ChildSafety.Core.Organizations;
using ChildSafety.Training.Audit.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Audit;

/// <summary>
/// Opens the subtree a caller asked for. An organization id nobody has is "not found"; one that exists outside the
/// caller's own subtree is "forbidden" — the same answer on every audit page and API.
/// </summary>
public sealed class AuditScopes(AuditDbContext db)
{
    public async Task<(ScopeAnswer Answer, AuditTree? Tree)> OpenAsync(CallerScope caller, int? organizationId, CancellationToken cancellationToken)
    {
        var id = organizationId ?? caller.OrganizationId;
        // The root and everything active under it in one round trip: the tree is read on every audit request.
        var units = await db.Organizations.AsNoTracking()
            .Where(o => o.IsActive && db.Organizations.Any(r => r.Id == id && o.Path.StartsWith(r.Path)))
            .Select(o => new AuditUnit(o.Id, o.Name, o.Kind, o.Level, o.ParentId, o.Path))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (units.FirstOrDefault(u => u.Id == id) is not { } root)
        {
            return (ScopeAnswer.NotFound, null);
        }
        if (!caller.Contains(root.Path))
        {
            return (ScopeAnswer.Forbidden, null);
        }
        return (ScopeAnswer.Found, new AuditTree(root, units));
    }

    /// <summary>Every top-level organization's whole tree, for work done on nobody's behalf (the reminder job).</summary>
    public async Task<IReadOnlyList<AuditTree>> EveryRootAsync(CancellationToken cancellationToken)
    {
        var units = await db.Organizations.AsNoTracking().Where(o => o.IsActive)
            .Select(o => new AuditUnit(o.Id, o.Name, o.Kind, o.Level, o.ParentId, o.Path))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return units.Where(u => u.ParentId is null)
            .Select(root => new AuditTree(root, units.Where(u => u.IsWithin(root)).ToList()))
            .ToList();
    }
}
