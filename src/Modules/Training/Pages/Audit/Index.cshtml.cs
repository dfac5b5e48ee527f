using ChildSafety.Core.Text;
using ChildSafety.Training.Audit;
using ChildSafety.Training.Audit.Indicators;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Audit;

/// <summary>The dashboard: the scope's indicators against 100%, the report calendar, month trends, child organizations compared, and the schools behind.</summary>
public sealed class IndexModel(AuditRequests requests, AuditIndicators indicators, AuditBehind behind, AuditTrends trends, TimeProvider clock,
    IStringLocalizer<TrainingText> text) : AuditPageModel(requests, text)
{
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Descending { get; set; }

    public IReadOnlyList<ComputedIndicator> Computed { get; private set; } = [];

    public IReadOnlyList<PendingIndicator> Pending => indicators.Pending;

    public IReadOnlyList<AuditUnit> Children { get; private set; } = [];

    public IReadOnlyList<BehindSchool> Behind { get; private set; } = [];

    public IReadOnlyList<MonthTrend> Trends { get; private set; } = [];

    public IReadOnlyList<ReportDeadline> Deadlines { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await OpenAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }
        Today = VietnamTime.Today(clock);
        Computed = await indicators.ComputeAsync(Tree, Period, cancellationToken);
        Children = SortChildren(Tree.Children);
        Behind = await behind.ForAsync(Tree, Computed, cancellationToken);
        Trends = await trends.ForAsync(Tree, Period, cancellationToken);
        Deadlines = ReportCalendar.Of(Period.Year);
        return Page();
    }

    public Fraction FigureOf(ComputedIndicator indicator, AuditUnit unit) => indicator.Figures.Within(Tree, unit);

    private List<AuditUnit> SortChildren(IReadOnlyList<AuditUnit> children)
    {
        var by = Computed.FirstOrDefault(c => c.Indicator.Key == Sort);
        var sorted = by is null
            ? children.OrderBy(c => c.Name, StringComparer.CurrentCulture)
            : children.OrderBy(c => FigureOf(by, c).Percent ?? -1).ThenBy(c => c.Name, StringComparer.CurrentCulture);
        return (Descending ? sorted.Reverse() : sorted).ToList();
    }
}
