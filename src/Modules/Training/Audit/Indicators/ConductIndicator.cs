using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Training.Audit.Data;
using ChildSafety.Training.Conduct;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Audit.Indicators;

/// <summary>
/// Indicator 3: active people who accepted the version of the code in force for them (by organization and
/// position, as <see cref="ConductInForce"/> decides) on the day the figures stand at. Everyone active counts in the
/// denominator: a person with no code in force has acknowledged nothing.
/// </summary>
public sealed class ConductIndicator(AuditDbContext db, ConductInForce inForce, IStringLocalizer<TrainingText> text) : IIndicator
{
    public const string IndicatorKey = "conduct";

    public string Key => IndicatorKey;

    public int Number => 3;

    public string Title => IndicatorCatalog.All.Single(i => i.Key == IndicatorKey).Title;

    public IndicatorSubject Subject => IndicatorSubject.People;

    public async Task<IndicatorFigures> ComputeAsync(AuditTree tree, AuditPeriod period, CancellationToken cancellationToken)
    {
        var candidates = await inForce.EffectiveVersionsAsync(null, period.AsOf, cancellationToken).ConfigureAwait(false);
        var versionIds = candidates.Select(c => c.Version.VersionId).ToList();
        var people = tree.PeopleIn(db.People.AsNoTracking()).Where(p => p.IsActive);
        var tally = await ConductTally.CountAsync(db, people, versionIds, period.Cutoff, cancellationToken).ConfigureAwait(false);

        // Keyed lookups: thousands of organizations × positions, each against only the versions of its own ancestors.
        var paths = tree.Units.ToDictionary(u => u.Id, u => OrganizationPath.Ids(u.Path));
        var byOwner = candidates.ToLookup(c => c.Version.OrganizationId);
        int? InForce(int organizationId, Position position) =>
            paths.TryGetValue(organizationId, out var ancestors)
                ? ConductInForce.Choose(ancestors.SelectMany(id => byOwner[id]), ancestors, position)?.VersionId
                : null;

        var figures = new Dictionary<int, Fraction>();
        foreach (var group in tally.Staff)
        {
            var acknowledged = tally.AcceptedOf(group, InForce(group.OrganizationId, group.Position));
            figures[group.OrganizationId] = figures.GetValueOrDefault(group.OrganizationId) + new Fraction(acknowledged, group.Count);
        }
        return new IndicatorFigures(figures);
    }

    public async Task<IReadOnlyList<IndicatorEntry>> EntriesAsync(AuditUnit unit, AuditPeriod period, CancellationToken cancellationToken)
    {
        var candidates = await inForce.EffectiveVersionsAsync(null, period.AsOf, cancellationToken).ConfigureAwait(false);
        var ancestors = OrganizationPath.Ids(unit.Path);
        var people = db.People.AsNoTracking().Where(p => p.IsActive && p.OrganizationId == unit.Id);
        var staff = await people.Select(p => new { p.Id, p.FullName, p.Email, p.Position })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var answers = await db.Acknowledgments.AsNoTracking()
            .Where(a => a.Decision == AcknowledgmentDecision.Accepted && a.At < period.Cutoff)
            .Join(people, a => a.PersonId, p => p.Id, (a, p) => new { a.PersonId, a.VersionId, a.At })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return staff
            .Select(p =>
            {
                var version = ConductInForce.Choose(candidates, ancestors, p.Position);
                var answer = answers.FirstOrDefault(a => a.PersonId == p.Id && a.VersionId == version?.VersionId);
                var status = version is null ? text["Chưa có quy tắc ứng xử có hiệu lực"]
                    : answer is null ? text["Chưa xác nhận"]
                    : text["Đã xác nhận phiên bản {0}", version.Number];
                return new IndicatorEntry(p.FullName, $"{text[PositionNames.Of(p.Position)]} · {p.Email} · {status}", answer is not null, answer?.At, PersonId: p.Id);
            })
            .OrderBy(e => e.Counts)
            .ThenBy(e => e.Name, StringComparer.CurrentCulture)
            .ToList();
    }
}
