using ChildSafety.Core.People;
using ChildSafety.Training.Audit.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Conduct;

/// <summary>
/// Active people counted by organization and position, and their acceptances by version, in the database — a
/// province is a few thousand groups, not 150,000 rows. Indicator 3 and the pending count reckon each group against
/// the version in force for its organization and position.
/// </summary>
internal sealed class ConductTally
{
    private readonly IReadOnlyDictionary<(int OrganizationId, Position Position, int VersionId), int> _accepted;

    private ConductTally(IReadOnlyList<StaffGroup> staff, IReadOnlyDictionary<(int, Position, int), int> accepted)
    {
        Staff = staff;
        _accepted = accepted;
    }

    public IReadOnlyList<StaffGroup> Staff { get; }

    /// <summary>
    /// <paramref name="people"/> are the active people counted; acceptances of <paramref name="versionIds"/> count,
    /// those made before <paramref name="acceptedBefore"/> only when it is given.
    /// </summary>
    public static async Task<ConductTally> CountAsync(AuditDbContext db, IQueryable<Person> people, IReadOnlyList<int> versionIds,
        DateTimeOffset? acceptedBefore, CancellationToken cancellationToken)
    {
        var staff = await people
            .GroupBy(p => new { p.OrganizationId, p.Position })
            .Select(g => new StaffGroup(g.Key.OrganizationId, g.Key.Position, g.Count()))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var acknowledgments = db.Acknowledgments.AsNoTracking().Where(a => a.Decision == AcknowledgmentDecision.Accepted && versionIds.Contains(a.VersionId));
        if (acceptedBefore is { } cutoff)
        {
            acknowledgments = acknowledgments.Where(a => a.At < cutoff);
        }
        var accepted = await acknowledgments
            .Join(people, a => a.PersonId, p => p.Id, (a, p) => new { p.OrganizationId, p.Position, a.VersionId })
            .GroupBy(x => new { x.OrganizationId, x.Position, x.VersionId })
            .Select(g => new { g.Key.OrganizationId, g.Key.Position, g.Key.VersionId, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new ConductTally(staff, accepted.ToDictionary(a => (a.OrganizationId, a.Position, a.VersionId), a => a.Count));
    }

    /// <summary>How many of the group accepted the version; none when no version is in force for them.</summary>
    public int AcceptedOf(StaffGroup group, int? versionId) =>
        versionId is { } version ? _accepted.GetValueOrDefault((group.OrganizationId, group.Position, version)) : 0;

    internal sealed record StaffGroup(int OrganizationId, Position Position, int Count);
}
