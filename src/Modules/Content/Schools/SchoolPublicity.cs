using ChildSafety.Content.Data;
using ChildSafety.Core.Content;
using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Content.Schools;

/// <summary>
/// For the audit: a school publicises its reporting channels when its public page (active schools and centres
/// only) shows at least one of them. Blank fields are stored as null, so "shows" is "is not null".
/// </summary>
public sealed class SchoolPublicity(ContentDbContext db, CoreDbContext core) : ISchoolPublicity
{
    public async Task<IReadOnlySet<int>> WhichPublishAsync(IReadOnlyCollection<int> organizationIds, CancellationToken cancellationToken)
    {
        var ids = organizationIds.Distinct().ToList();
        var withChannels = await db.ReportingChannels.AsNoTracking()
            .Where(c => ids.Contains(c.OrganizationId)
                && (c.Mailbox != null || c.Phone != null || c.Email != null || c.ContactPerson != null))
            .Select(c => c.OrganizationId)
            .ToListAsync(cancellationToken);
        var withPages = await core.Organizations.AsNoTracking()
            .Where(o => withChannels.Contains(o.Id) && o.IsActive && (o.Kind == OrganizationKind.School || o.Kind == OrganizationKind.Centre))
            .Select(o => o.Id)
            .ToListAsync(cancellationToken);
        return withPages.ToHashSet();
    }
}
