using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Audit.Indicators;

/// <summary>
/// Indicator 6: schools and centres whose integration plan for the year leaves no gap in the curriculum's coverage
/// matrix — every topic suggested for each grade they teach has a lesson planned or taught, and the online-safety
/// topic one in each term. Organizations that teach no grade (none in the tree's levels) are not counted.
/// </summary>
public sealed class IntegrationIndicator(PlanFacts plans, IStringLocalizer<TrainingText> text) : IIndicator
{
    public const string IndicatorKey = "integration";

    public string Key => IndicatorKey;

    public int Number => 6;

    public string Title => IndicatorCatalog.All.Single(i => i.Key == IndicatorKey).Title;

    public IndicatorSubject Subject => IndicatorSubject.Schools;

    public async Task<IndicatorFigures> ComputeAsync(AuditTree tree, AuditPeriod period, CancellationToken cancellationToken)
    {
        var facts = await plans.InAsync(tree, period, cancellationToken).ConfigureAwait(false);
        return new IndicatorFigures(tree.Schools.Where(s => PlanFacts.GradesOf(s).Count > 0)
            .ToDictionary(s => s.Id, s => new Fraction(plans.MatrixOf(s, facts[s.Id]).Gaps.Count == 0 ? 1 : 0, 1)));
    }

    public async Task<IReadOnlyList<IndicatorEntry>> EntriesAsync(AuditUnit unit, AuditPeriod period, CancellationToken cancellationToken)
    {
        var facts = await plans.OfAsync(unit, period, cancellationToken).ConfigureAwait(false);
        var gaps = plans.MatrixOf(unit, facts[unit.Id]).Gaps;
        if (gaps.Count == 0)
        {
            return [new IndicatorEntry(unit.Name, text["Kế hoạch lồng ghép đủ các chủ đề cho mọi khối lớp"], true, null)];
        }
        return gaps.Select(g => new IndicatorEntry(
                plans.TopicName(g.TopicCode),
                g.Term is { } term ? text["Lớp {0} · chưa có bài học trong học kỳ {1}", g.Grade, term] : text["Lớp {0} · chưa có bài học trong năm học", g.Grade],
                false, null))
            .ToList();
    }
}
