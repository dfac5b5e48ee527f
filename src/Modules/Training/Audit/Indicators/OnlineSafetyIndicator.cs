using ChildSafety.Core.Organizations;
using ChildSafety.Training.Curriculum;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Audit.Indicators;

/// <summary>
/// Indicator 5: primary and secondary schools (multi-level ones included; preschools and centres are not asked)
/// that taught online safety in the term of the figures' day, by the curriculum's every-term rule applied to the
/// lessons marked taught: a lesson only planned is not yet taught. Schools whose grades the topic is not suggested
/// for are not counted.
/// </summary>
public sealed class OnlineSafetyIndicator(PlanFacts plans, IStringLocalizer<TrainingText> text, IStringLocalizer<Core.CoreText> gradeText) : IIndicator
{
    public const string IndicatorKey = "online-safety";

    public string Key => IndicatorKey;

    public int Number => 5;

    public string Title => IndicatorCatalog.All.Single(i => i.Key == IndicatorKey).Title;

    public IndicatorSubject Subject => IndicatorSubject.Schools;

    public async Task<IndicatorFigures> ComputeAsync(AuditTree tree, AuditPeriod period, CancellationToken cancellationToken)
    {
        var facts = await plans.InAsync(tree, period, cancellationToken).ConfigureAwait(false);
        return new IndicatorFigures(tree.Schools.Where(IsAsked)
            .ToDictionary(s => s.Id, s => new Fraction(Untaught(s, facts[s.Id], period).Count == 0 ? 1 : 0, 1)));
    }

    public async Task<IReadOnlyList<IndicatorEntry>> EntriesAsync(AuditUnit unit, AuditPeriod period, CancellationToken cancellationToken)
    {
        if (!IsAsked(unit))
        {
            return [];
        }
        var facts = await plans.OfAsync(unit, period, cancellationToken).ConfigureAwait(false);
        var untaught = Untaught(unit, facts[unit.Id], period).Select(g => g.Grade).ToHashSet();
        return plans.EveryTermGrades(unit)
            .Select(grade => new IndicatorEntry(
                Grades.Name(grade, gradeText),
                untaught.Contains(grade) ? text["Chưa dạy an toàn trên mạng trong học kỳ {0}", period.Term] : text["Đã dạy an toàn trên mạng trong học kỳ {0}", period.Term],
                !untaught.Contains(grade), null))
            .OrderBy(e => e.Counts)
            .ToList();
    }

    private bool IsAsked(AuditUnit school) =>
        school.Kind == OrganizationKind.School && school.Level is not (null or SchoolLevel.Preschool) && plans.EveryTermGrades(school).Count > 0;

    /// <summary>The gaps of the term once only taught lessons count.</summary>
    private List<CoverageGap> Untaught(AuditUnit school, IEnumerable<CoverageFact> facts, AuditPeriod period) =>
        [.. plans.MatrixOf(school, facts.Where(f => f.Status == EntryStatus.Taught)).EveryTermGaps(period.Term)];
}
