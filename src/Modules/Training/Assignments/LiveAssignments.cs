using ChildSafety.Core.Caching;
using ChildSafety.Core.Organizations;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Assignments;

/// <summary>
/// The live assignments that can cover the people of an organization — its own and its ancestors' — kept in memory by
/// the organization's path: every standing (course pages, lessons, starts) and every submission asks for them, and
/// they change only when an officer assigns, extends or withdraws, which evicts <see cref="Tag"/>
/// (<see cref="SharedCache"/>): here at once, on the other instances at their next poll of the cache stamps.
/// </summary>
public sealed class LiveAssignments(TrainingDbContext db, SharedCache cache)
{
    public const string Tag = "live-assignments";

    /// <summary>Shared between requests, so read-only.</summary>
    public Task<IReadOnlyList<Assignment>> OverAsync(string organizationPath, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync<IReadOnlyList<Assignment>>(Tag, (Tag, organizationPath), async () =>
        {
            int[] ancestors = [.. OrganizationPath.Ids(organizationPath)];
            return await db.Assignments.AsNoTracking().Where(a => a.WithdrawnAt == null && ancestors.Contains(a.OrganizationId)).ToListAsync(cancellationToken);
        });

    public Task EvictAsync(CancellationToken cancellationToken) => cache.EvictAsync(Tag, cancellationToken);
}
