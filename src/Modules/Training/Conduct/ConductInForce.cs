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
        var today = VietnamTime.Today(clock);
        var candidates = await db.ConductVersions
            .AsNoTracking()
            .Where(v => v.State == ConductVersionState.Published && v.EffectiveFrom <= today && ancestors.Contains(v.Policy!.OrganizationId))
            .Select(v => new { v.Id, v.PolicyId, v.Policy!.OrganizationId, v.Number, v.ContentHash, v.EffectiveFrom, v.Audience })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return candidates
            .Where(v => v.Audience.Contains(position))
            .OrderByDescending(v => ancestors.ToList().IndexOf(v.OrganizationId))
            .ThenByDescending(v => v.EffectiveFrom)
            .ThenByDescending(v => v.Number)
            .Select(v => new VersionInForce(v.Id, v.PolicyId, v.OrganizationId, v.Number, v.ContentHash!, v.EffectiveFrom))
            .FirstOrDefault();
    }
}
