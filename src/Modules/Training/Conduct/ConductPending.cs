using System.Runtime.CompilerServices;
using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Training.Audit.Data;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Conduct;

/// <summary>Everyone under a part of the tree who still has to accept the code in force for them: what reminders chase.</summary>
public sealed class ConductPending(TrainingDbContext db, CoreDbContext core, AuditDbContext audit, ConductInForce inForce)
{
    /// <summary>About 5,000 people of a generated province's schools.</summary>
    private const int OrganizationsPerPart = 100;

    /// <summary>
    /// How many <see cref="InPartsAsync"/> would list, counted by organization and position in the database: the notice
    /// on a province officer's home page must not read its 150,000 people to show one number.
    /// </summary>
    public async Task<int> CountUnderAsync(string rootPath, CancellationToken cancellationToken)
    {
        var candidates = await inForce.EffectiveVersionsAsync(null, cancellationToken).ConfigureAwait(false);
        if (candidates.Count == 0)
        {
            return 0;
        }
        var versionIds = candidates.Select(c => c.Version.VersionId).ToList();
        var people = audit.People.AsNoTracking().Where(p => p.IsActive && p.Organization!.Path.StartsWith(rootPath));
        var paths = await audit.Organizations.AsNoTracking().Where(o => o.Path.StartsWith(rootPath))
            .ToDictionaryAsync(o => o.Id, o => o.Path, cancellationToken).ConfigureAwait(false);
        var tally = await ConductTally.CountAsync(audit, people, versionIds, null, cancellationToken).ConfigureAwait(false);
        return tally.Staff.Sum(group => ConductInForce.Choose(candidates, OrganizationPath.Ids(paths[group.OrganizationId]), group.Position) is { } version
            ? group.Count - tally.AcceptedOf(group, version.VersionId)
            : 0);
    }

    /// <summary>
    /// Everyone pending under <paramref name="rootPath"/>, a part of the tree at a time — the active people of
    /// <see cref="OrganizationsPerPart"/> organizations and their acceptances — so that the reminders, which read the
    /// whole province, never hold it whole.
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<PendingPerson>> InPartsAsync(string rootPath, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var candidates = await inForce.EffectiveVersionsAsync(null, cancellationToken).ConfigureAwait(false);
        if (candidates.Count == 0)
        {
            yield break;
        }
        var organizations = await core.Organizations.AsNoTracking().Where(o => o.Path.StartsWith(rootPath)).OrderBy(o => o.Id).Select(o => o.Id)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ancestors = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        foreach (var part in organizations.Chunk(OrganizationsPerPart))
        {
            var people = await core.Users.AsNoTracking()
                .Where(p => p.IsActive && part.Contains(p.OrganizationId))
                .Select(p => new { p.Id, p.Email, p.FullName, p.Culture, p.Organization!.Path, p.Position, p.StartedOn })
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            var covered = people
                .Select(p => (Person: p, Version: ConductInForce.Choose(candidates, Ancestors(p.Path), p.Position)))
                .Where(c => c.Version is not null)
                .ToList();
            var versionIds = covered.Select(c => c.Version!.VersionId).Distinct().ToList();
            var personIds = covered.Select(c => c.Person.Id).ToList();
            var accepted = (await db.Acknowledgments.AsNoTracking()
                    .Where(a => a.Decision == AcknowledgmentDecision.Accepted && versionIds.Contains(a.VersionId) && personIds.Contains(a.PersonId))
                    .Select(a => new { a.PersonId, a.VersionId })
                    .ToListAsync(cancellationToken)
                    .ConfigureAwait(false))
                .Select(a => (a.PersonId, a.VersionId))
                .ToHashSet();
            yield return covered
                .Where(c => !accepted.Contains((c.Person.Id, c.Version!.VersionId)))
                .Select(c => new PendingPerson(c.Person.Id, c.Person.Email, c.Person.FullName, c.Person.Culture, c.Person.Path, c.Person.StartedOn, c.Version!))
                .ToList();
        }

        IReadOnlyList<int> Ancestors(string path)
        {
            if (!ancestors.TryGetValue(path, out var ids))
            {
                ancestors[path] = ids = OrganizationPath.Ids(path);
            }
            return ids;
        }
    }
}
