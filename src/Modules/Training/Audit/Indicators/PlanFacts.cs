using ChildSafety.Core.Organizations;
using ChildSafety.Core.Topics;
using ChildSafety.Training.Audit.Data;
using ChildSafety.Training.Curriculum;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Audit.Indicators;

/// <summary>
/// The integration plans of every school of a tree for the audited year in one query, and each school's coverage
/// matrix built by the curriculum's own rules, so that the audit and the school's curriculum page never disagree.
/// </summary>
public sealed class PlanFacts(AuditDbContext db, TopicCatalog topics)
{
    private readonly Dictionary<(object Scope, AuditPeriod Period), ILookup<int, CoverageFact>> _read = [];

    /// <summary>
    /// The entries of the tree's organizations recorded by the figures' day, by school; read once per tree and
    /// period in a request (scoped), since two indicators build their matrices from the same entries.
    /// </summary>
    public Task<ILookup<int, CoverageFact>> InAsync(AuditTree tree, AuditPeriod period, CancellationToken cancellationToken) =>
        ReadOnceAsync(tree, tree.OrganizationsIn(db.Organizations).Select(o => o.Id), period, cancellationToken);

    /// <summary>One organization's entries, for its drill-down.</summary>
    public Task<ILookup<int, CoverageFact>> OfAsync(AuditUnit unit, AuditPeriod period, CancellationToken cancellationToken) =>
        ReadOnceAsync(unit, db.Organizations.Where(o => o.Id == unit.Id).Select(o => o.Id), period, cancellationToken);

    private async Task<ILookup<int, CoverageFact>> ReadOnceAsync(object scope, IQueryable<int> organizations, AuditPeriod period, CancellationToken cancellationToken)
    {
        if (!_read.TryGetValue((scope, period), out var facts))
        {
            _read[(scope, period)] = facts = await ReadAsync(organizations, period, cancellationToken).ConfigureAwait(false);
        }
        return facts;
    }

    private async Task<ILookup<int, CoverageFact>> ReadAsync(IQueryable<int> organizations, AuditPeriod period, CancellationToken cancellationToken)
    {
        var year = period.Year.ToString();
        var cutoff = period.Cutoff;
        var rows = await db.IntegrationEntries.AsNoTracking()
            .Where(e => e.SchoolYear == year && e.CreatedAt < cutoff)
            .Join(organizations, e => e.OrganizationId, id => id,
                (e, id) => new { e.OrganizationId, e.TopicCode, e.Grade, e.Term, e.Status })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.ToLookup(r => r.OrganizationId, r => new CoverageFact(r.TopicCode, r.Grade, r.Term, r.Status));
    }

    public static IReadOnlyList<int> GradesOf(AuditUnit school) => Grades.TaughtBy(school.Kind, school.Level);

    public CoverageMatrix MatrixOf(AuditUnit school, IEnumerable<CoverageFact> facts) =>
        CoverageMatrix.Build(topics.All, GradesOf(school), [.. facts]);

    public string TopicName(string code) => topics.NameOf(code);

    /// <summary>The grades of <paramref name="school"/> where the every-term topic is suggested; none when the catalogue lacks it.</summary>
    public IReadOnlyList<int> EveryTermGrades(AuditUnit school) =>
        topics.Find(CoverageMatrix.EveryTermTopic) is { } topic ? [.. GradesOf(school).Where(topic.SuggestedGrades.Contains)] : [];
}
