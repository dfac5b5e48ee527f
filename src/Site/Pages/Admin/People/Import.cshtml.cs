using ChildSafety.Core.Organizations;
using ChildSafety.Site.Hosting;
using ChildSafety.Site.Roster;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Pages.Admin.People;

/// <summary>Upload of a staff roster; the templates to fill in. What the file holds is shown on the preview before anything is saved.</summary>
// Requests a little over the file cap reach the page, so an oversized roster gets a message here instead of a bare 413.
[RequestSizeLimit(RosterLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = RosterLimits.MaxRequestBytes)]
public sealed class ImportModel(
    RosterImportService roster,
    RosterReader reader,
    CallerScopeAccessor scopes,
    IStringLocalizer<SiteText> text) : PageModel
{

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public void OnGet()
    {
    }

    public IActionResult OnGetTemplate(string? format) =>
        format == "xlsx"
            ? File(RosterTemplate.Xlsx(), RosterExport.XlsxContentType, "danh-sach-can-bo-mau.xlsx")
            : File(RosterTemplate.Csv(), "text/csv; charset=utf-8", "danh-sach-can-bo-mau.csv");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), Upload is null ? text["Hãy chọn tệp danh sách (CSV hoặc Excel .xlsx)."] : text["Tệp trống."]);
            return Page();
        }
        if (Upload.Length > RosterLimits.MaxFileBytes)
        {
            ModelState.AddModelError(nameof(Upload), reader.TooLarge());
            return Page();
        }

        await using var stream = Upload.OpenReadStream();
        var (outcome, id) = await roster.UploadAsync(stream, Upload.FileName, caller, cancellationToken);
        if (!outcome.Succeeded)
        {
            ModelState.AddOutcome(outcome);
            return Page();
        }
        return RedirectToPage("ImportPreview", new { id });
    }
}
