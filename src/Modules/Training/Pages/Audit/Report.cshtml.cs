using System.ComponentModel.DataAnnotations;
using ChildSafety.Training.Audit;
using ChildSafety.Training.Audit.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Audit;

/// <summary>The periodic report: choose the period, type the problems and proposals, receive the PDF to sign.</summary>
public sealed class ReportModel(AuditRequests requests, PeriodicReport report, IStringLocalizer<TrainingText> text) : AuditPageModel(requests, text)
{
    [BindProperty]
    public ReportPeriod Kind { get; set; } = ReportPeriod.Semester1;

    [BindProperty]
    [StringLength(10_000, ErrorMessage = "Mỗi phần tối đa 10.000 ký tự.")]
    public string? Problems { get; set; }

    [BindProperty]
    [StringLength(10_000, ErrorMessage = "Mỗi phần tối đa 10.000 ký tự.")]
    public string? Proposals { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await OpenAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await OpenAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }
        if (!ModelState.IsValid || !Enum.IsDefined(Kind))
        {
            return Page();
        }
        var pdf = await report.PrintAsync(Tree, Period, Kind, Problems, Proposals, cancellationToken);
        return File(pdf, "application/pdf", $"bao-cao-{Kind.ToString().ToLowerInvariant()}-{Tree.Root.Id}-{Period.Year}.pdf");
    }
}
