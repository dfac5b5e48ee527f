using ChildSafety.Core.Figures;

namespace ChildSafety.Training.Audit.Indicators;

/// <summary>
/// Every registered indicator computed for one tree and period, in the directives' order. Each organization's own
/// figures are kept in the database (<see cref="KeptFigures"/>) for the period's day and counted again only once a
/// write has moved its stamp, so a province is the sum of its kept figures plus those of the few schools that changed.
/// </summary>
public sealed class AuditIndicators(IEnumerable<IIndicator> indicators, KeptFigures kept)
{
    public IReadOnlyList<IIndicator> All { get; } = indicators.OrderBy(i => i.Number).ToList();

    public IReadOnlyList<PendingIndicator> Pending => IndicatorCatalog.Pending(All);

    public IIndicator? Find(string? key) => All.FirstOrDefault(i => i.Key == key);

    public Task<IReadOnlyList<ComputedIndicator>> ComputeAsync(AuditTree tree, AuditPeriod period, CancellationToken cancellationToken) =>
        ComputeAsync(All, tree, period, cancellationToken);

    /// <summary>One indicator's figures, kept and counted like those of all of them.</summary>
    public async Task<IndicatorFigures> ComputeAsync(IIndicator indicator, AuditTree tree, AuditPeriod period, CancellationToken cancellationToken) =>
        (await ComputeAsync([indicator], tree, period, cancellationToken).ConfigureAwait(false))[0].Figures;

    private async Task<IReadOnlyList<ComputedIndicator>> ComputeAsync(IReadOnlyList<IIndicator> which, AuditTree tree, AuditPeriod period, CancellationToken cancellationToken)
    {
        var year = period.Year.ToString();
        var valid = (await kept.ValidAsync(which.Select(i => i.Key).ToList(), year, period.AsOf, tree.Units.Select(u => u.Id).ToList(), cancellationToken).ConfigureAwait(false))
            .ToLookup(k => k.Indicator);
        IReadOnlyDictionary<int, long>? stamps = null;
        AuditTree? part = null;
        var counted = new List<KeptFigure>();
        var computed = new List<ComputedIndicator>(which.Count);
        // One after another: they share the request's DbContext.
        foreach (var indicator in which)
        {
            var held = valid[indicator.Key].ToDictionary(k => k.OrganizationId);
            var figures = held.Values.Where(k => k.Denominator > 0).ToDictionary(k => k.OrganizationId, k => new Fraction(k.Numerator, k.Denominator));
            var missing = tree.Units.Where(u => !held.ContainsKey(u.Id)).ToList();
            if (missing.Count > 0)
            {
                // Read before counting: a write that commits while we count moves a stamp past what we keep.
                stamps ??= await kept.StampsAsync(tree.Root.Path, cancellationToken).ConfigureAwait(false);
                // Usually every indicator misses the same organizations; one tree for them lets the plans be read once.
                part = missing.Count == tree.Units.Count ? tree
                    : part is not null && part.Units.Select(u => u.Id).SequenceEqual(missing.Select(u => u.Id)) ? part
                    : tree.Only(missing);
                var fresh = (await indicator.ComputeAsync(part, period, cancellationToken).ConfigureAwait(false)).ByUnit;
                foreach (var unit in missing)
                {
                    var figure = fresh.GetValueOrDefault(unit.Id);
                    if (figure.Denominator > 0)
                    {
                        figures[unit.Id] = figure;
                    }
                    counted.Add(new KeptFigure
                    {
                        Indicator = indicator.Key, SchoolYear = year, AsOf = period.AsOf, OrganizationId = unit.Id,
                        Stamp = stamps.GetValueOrDefault(unit.Id), Numerator = figure.Numerator, Denominator = figure.Denominator,
                    });
                }
            }
            computed.Add(new ComputedIndicator(indicator, new IndicatorFigures(figures)));
        }
        await kept.KeepAsync(counted, cancellationToken).ConfigureAwait(false);
        return computed;
    }
}
