using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Core.Text;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Conduct;

/// <summary>
/// Which version is in force for a person: the nearest policy up their organization tree (their school's
/// adaptation before the district's, before the province's template) that has a published version already
/// effective for their position; of that policy, the latest such version.
/// </summary>
public sealed class ConductInForce(TrainingDbContext db, TimeProvider clock)
{
    public async Task<VersionInForce?> ForAsync(string organizationPath, Position position, CancellationToken cancellationToken)
    {
        var ancestors = OrganizationPath.Ids(organizationPath);
        return Choose(await EffectiveVersionsAsync(ancestors, cancellationToken).ConfigureAwait(false), ancestors, position);
    }

    /// <summary>Every published version already effective, of policies owned by the given organizations (all when null).</summary>
    public Task<IReadOnlyList<EffectiveVersion>> EffectiveVersionsAsync(IReadOnlyList<int>? owners, CancellationToken cancellationToken) =>
        EffectiveVersionsAsync(owners, VietnamTime.Today(clock), cancellationToken);

    /// <summary>The same as it stood on <paramref name="asOf"/>, for audits of a past school year.</summary>
    public async Task<IReadOnlyList<EffectiveVersion>> EffectiveVersionsAsync(IReadOnlyList<int>? owners, DateOnly asOf, CancellationToken cancellationToken)
    {
        var query = db.ConductVersions.AsNoTracking().Where(v => v.State == ConductVersionState.Published && v.EffectiveFrom <= asOf);
        if (owners is not null)
        {
            query = query.Where(v => owners.Contains(v.Policy!.OrganizationId));
        }
        return await query
            .Select(v => new EffectiveVersion(new VersionInForce(v.Id, v.PolicyId, v.Policy!.OrganizationId, v.Number, v.ContentHash!, v.EffectiveFrom), v.Audience))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The rule itself, without the database: the deepest owner up the tree first, then the latest version.</summary>
    public static VersionInForce? Choose(IEnumerable<EffectiveVersion> candidates, IReadOnlyList<int> ancestors, Position position) =>
        candidates
            .Where(c => c.Audience.Contains(position) && ancestors.Contains(c.Version.OrganizationId))
            .OrderByDescending(c => IndexOf(ancestors, c.Version.OrganizationId))
            .ThenByDescending(c => c.Version.EffectiveFrom)
            .ThenByDescending(c => c.Version.Number)
            .Select(c => c.Version)
            .FirstOrDefault();

    private static int IndexOf(IReadOnlyList<int> ancestors, int organizationId)
    {
        for (var i = 0; i < ancestors.Count; i++)
        {
            if (ancestors[i] == organizationId)
            {
                return i;
            }
        }
        return -1;
    }
}
