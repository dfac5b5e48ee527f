namespace ChildSafety.Training.Audit.Indicators;

/// <summary>An indicator's figure per organization; any subtree's figure is the sum of those inside it.</summary>
public sealed class IndicatorFigures(IReadOnlyDictionary<int, Fraction> byUnit)
{
    public IReadOnlyDictionary<int, Fraction> ByUnit { get; } = byUnit;

    public Fraction Of(AuditUnit unit) => ByUnit.GetValueOrDefault(unit.Id);

    public Fraction Within(AuditTree tree, AuditUnit ancestor) =>
        Sum(tree.Units.Where(u => u.IsWithin(ancestor) && ByUnit.ContainsKey(u.Id)).Select(u => ByUnit[u.Id]));

    /// <summary>The organizations that hold a figure under <paramref name="ancestor"/>: what a drill-down lists.</summary>
    public IEnumerable<AuditUnit> UnitsWithin(AuditTree tree, AuditUnit ancestor) =>
        tree.Units.Where(u => u.IsWithin(ancestor) && ByUnit.TryGetValue(u.Id, out var f) && f.Denominator > 0);

    private static Fraction Sum(IEnumerable<Fraction> fractions) => fractions.Aggregate(Fraction.Zero, (a, b) => a + b);
}
