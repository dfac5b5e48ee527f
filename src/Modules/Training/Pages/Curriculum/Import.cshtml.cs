using System.Text.Json;
using ChildSafety.Core.Spreadsheets;
using ChildSafety.Training.Curriculum;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Curriculum;

/// <summary>
/// Uploading a plan from the template: every row is checked and shown; only a file whose rows all pass can be
/// confirmed, and then all of it is written at once.
/// </summary>
[RequestSizeLimit(PlanImport.MaxFileBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = PlanImport.MaxFileBytes + 64 * 1024, ValueLengthLimit = 4 * 1024 * 1024)]
public sealed class ImportModel(CurriculumPlaces places, PlanImport import, CurriculumPlans plans, TimeProvider clock, IStringLocalizer<TrainingText> text)
    : CurriculumPageModel(places, clock)
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The checked rows, carried from the preview to the confirmation and checked again there.</summary>
    [BindProperty]
    public string? Lines { get; set; }

    public IReadOnlyList<CheckedPlanLine> Checked { get; private set; } = [];

    public bool CanConfirm => Checked.Count > 0 && Checked.All(l => l.IsValid);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await AllowedAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnGetTemplateAsync(string? format, CancellationToken cancellationToken) =>
        await AllowedAsync(cancellationToken) ?? (format == "csv"
            ? File(PlanTemplate.Csv(), "text/csv; charset=utf-8", "ke-hoach-long-ghep-mau.csv")
            : File(PlanTemplate.Xlsx(), SheetTemplate.XlsxContentType, "ke-hoach-long-ghep-mau.xlsx"));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await AllowedAsync(cancellationToken) is { } refused)
        {
            return refused;
        }
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), text["Hãy chọn tệp kế hoạch (CSV hoặc Excel .xlsx)."]);
            return Page();
        }
        if (Upload.Length > PlanImport.MaxFileBytes)
        {
            ModelState.AddModelError(nameof(Upload), text["Tệp lớn hơn {0} MB.", PlanImport.MaxFileBytes / 1024 / 1024]);
            return Page();
        }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, cancellationToken);
        var (outcome, lines) = import.Read(buffer.ToArray(), cancellationToken);
        if (!outcome.Succeeded)
        {
            ModelState.AddModelError(nameof(Upload), outcome.Errors[0].Value);
            return Page();
        }
        Checked = await import.CheckAsync(Place, lines, cancellationToken);
        Lines = JsonSerializer.Serialize(lines);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (await AllowedAsync(cancellationToken) is { } refused)
        {
            return refused;
        }
        var lines = Parse(Lines);
        if (lines.Count == 0)
        {
            ModelState.AddModelError(nameof(Upload), text["Hãy tải tệp kế hoạch lên lại."]);
            return Page();
        }
        Checked = await import.CheckAsync(Place, lines, cancellationToken);
        if (!CanConfirm)
        {
            ModelState.AddModelError("", text["Có dòng chưa hợp lệ nên chưa nhập dòng nào. Hãy sửa tệp rồi tải lên lại."]);
            return Page();
        }
        var count = await plans.ImportAsync(Place, SchoolYear, [.. Checked.Select(l => l.Entry!)], cancellationToken);
        TempData["Status"] = text["Đã nhập {0} bài vào kế hoạch năm học {1}.", count, SchoolYear].Value;
        return Redirect($"/curriculum?{Scope}");
    }

    private async Task<IActionResult?> AllowedAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(cancellationToken) || !Place.IsSchool)
        {
            return NotFound();
        }
        return Place.CanManage ? null : Forbid();
    }

    private static List<PlanLine> Parse(string? json)
    {
        try
        {
            return json is null ? [] : JsonSerializer.Deserialize<List<PlanLine>>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
