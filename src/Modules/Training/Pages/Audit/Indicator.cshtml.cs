using ChildSafety.Core;
using ChildSafety.Training.Audit;
using ChildSafety.Training.Audit.Indicators;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Audit;

/// <summary>
/// One indicator drilled down: for an office, the schools (or units) behind its figure, worst first; for a school,
/// the people or records behind the school's figure.
/// </summary>
public sealed class IndicatorModel(AuditRequests requests, AuditIndicators indicators, IStringLocalizer<TrainingText> text) : AuditPageModel(requests, text)
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string Key { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public bool BehindOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public IIndicator Indicator { get; private set; } = null!;

    public Fraction Figure { get; private set; }

    /// <summary>The units listed when the scope is an office; empty for a school.</summary>
    public Paged<(AuditUnit Unit, Fraction Figure)> Units { get; private set; } = new([], Paging.Of(1, PageSize, 0));

    /// <summary>The list behind a school's figure; null for an office.</summary>
    public Paged<IndicatorEntry>? Entries { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (indicators.Find(Key) is not { } indicator)
        {
            return NotFound();
        }
        Indicator = indicator;
        if (await OpenAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }
        var figures = await indicators.ComputeAsync(indicator, Tree, Period, cancellationToken);
        Figure = figures.Within(Tree, Tree.Root);
        if (Tree.Units.Count == 1)
        {
            var entries = (await indicator.EntriesAsync(Tree.Root, Period, cancellationToken)).Where(e => !BehindOnly || !e.Counts).ToList();
            var paging = Paging.Of(PageNumber, PageSize, entries.Count);
            Entries = new Paged<IndicatorEntry>(entries.Skip(paging.Skip).Take(PageSize).ToList(), paging);
            return Page();
        }
        var units = figures.UnitsWithin(Tree, Tree.Root)
            .Select(u => (Unit: u, Figure: figures.Of(u)))
            .Where(u => !BehindOnly || u.Figure.IsBehind)
            .OrderBy(u => u.Figure.Percent ?? -1).ThenBy(u => u.Unit.Name, StringComparer.CurrentCulture)
            .ToList();
        var unitPaging = Paging.Of(PageNumber, PageSize, units.Count);
        Units = new Paged<(AuditUnit, Fraction)>(units.Skip(unitPaging.Skip).Take(PageSize).ToList(), unitPaging);
        return Page();
    }
}
