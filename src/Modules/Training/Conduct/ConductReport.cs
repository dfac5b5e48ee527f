using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Conduct;

/// <summary>
/// Everyone in the caller's scope for whom a version is the one in force, with their answer to it: the list a
/// school administrator chases and an officer audits.
/// </summary>
public sealed class ConductReport(TrainingDbContext db, CoreDbContext core, ConductInForce inForce)
{
    public async Task<(ConductVersion Version, IReadOnlyList<ConductReportRow> Rows)?> ForAsync(
        CallerScope caller, int versionId, ConductReportFilter filter, CancellationToken cancellationToken)
    {
        var version = await db.ConductVersions.AsNoTracking().Include(v => v.Policy)
            .FirstOrDefaultAsync(v => v.Id == versionId && v.State == ConductVersionState.Published, cancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            return null;
        }
        var ownerPath = await core.Organizations.Where(o => o.Id == version.Policy!.OrganizationId).Select(o => o.Path).FirstAsync(cancellationToken).ConfigureAwait(false);
        // The caller sees the part of the policy's reach that lies in their own scope: a school its staff, the province everyone.
        var root = OrganizationPath.IsWithin(caller.RootPath, ownerPath) ? caller.RootPath : ownerPath;
        if (!caller.Contains(root))
        {
            return (version, []);
        }
        if (filter.OrganizationId is { } orgId)
        {
            var filterPath = await core.Organizations.Where(o => o.Id == orgId).Select(o => o.Path).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (filterPath is null || !OrganizationPath.IsWithin(filterPath, root))
            {
                return (version, []);
            }
            root = filterPath;
        }

        var organizations = await core.Organizations.AsNoTracking().Where(o => o.Path.StartsWith(root))
            .Select(o => new { o.Id, o.Path, o.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var candidates = await inForce.EffectiveVersionsAsync(null, cancellationToken).ConfigureAwait(false);
        var people = core.Users.AsNoTracking().Where(p => p.IsActive && p.Organization!.Path.StartsWith(root));
        if (filter.Position is { } position)
        {
            people = people.Where(p => p.Position == position);
        }
        var rows = await people
            .Select(p => new { p.Id, p.FullName, p.Email, p.OrganizationId, p.Position })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var ancestorsByOrganization = organizations.ToDictionary(o => o.Id, o => OrganizationPath.Ids(o.Path));
        var names = organizations.ToDictionary(o => o.Id, o => o.Name);
        var covered = rows
            .Where(p => ConductInForce.Choose(candidates, ancestorsByOrganization[p.OrganizationId], p.Position)?.VersionId == versionId)
            .ToList();
        var answers = (await db.Acknowledgments.AsNoTracking().Where(a => a.VersionId == versionId)
                .Select(a => new { a.Id, a.PersonId, a.Decision, a.Method, a.At }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(a => a.PersonId)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.Decision).First());

        var report = covered
            .Select(p =>
            {
                var answer = answers.GetValueOrDefault(p.Id);
                return new ConductReportRow(p.Id, p.FullName, p.Email ?? "", p.OrganizationId, names[p.OrganizationId], p.Position, answer?.Decision, answer?.Method, answer?.At, answer?.Id);
            })
            .Where(r => filter.Status switch
            {
                "accepted" => r.Answer == AcknowledgmentDecision.Accepted,
                "declined" => r.Answer == AcknowledgmentDecision.Declined,
                "pending" => r.Answer != AcknowledgmentDecision.Accepted,
                _ => true,
            })
            .OrderBy(r => r.Organization, StringComparer.CurrentCulture)
            .ThenBy(r => r.Answer == AcknowledgmentDecision.Accepted)
            .ThenBy(r => r.FullName, StringComparer.CurrentCulture)
            .ToList();
        return (version, report);
    }
}
