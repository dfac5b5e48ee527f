namespace ChildSafety.Training.Audit.Indicators;

/// <summary>Every registered indicator computed for one tree and period, in the directives' order.</summary>
public sealed class AuditIndicators(IEnumerable<IIndicator> indicators)
{
    public IReadOnlyList<IIndicator> All { get; } = indicators.OrderBy(i => i.Number).ToList();

    public IReadOnlyList<PendingIndicator> Pending => IndicatorCatalog.Pending(All);

    public IIndicator? Find(string? key) => All.FirstOrDefault(i => i.Key == key);

    public async Task<IReadOnlyList<ComputedIndicator>> ComputeAsync(AuditTree tree, AuditPeriod period, CancellationToken cancellationToken)
    {
        var computed = new List<ComputedIndicator>(All.Count);
        // One after another: they share the request's DbContext.
        foreach (var indicator in All)
        {
            computed.Add(new ComputedIndicator(indicator, await indicator.ComputeAsync(tree, period, cancellationToken).ConfigureAwait(false)));
        }
        return computed;
    }
}
