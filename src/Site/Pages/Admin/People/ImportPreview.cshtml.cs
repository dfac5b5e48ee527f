using ChildSafety.Core.Organizations;
using ChildSafety.Site.Roster;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Pages.Admin.People;

/// <summary>
/// What an uploaded roster holds and what is wrong with it; the uploader decides here whether to import all rows,
/// only the valid ones, or nothing.
/// </summary>
public sealed class ImportPreviewModel(RosterImportService roster, CallerScopeAccessor scopes, IStringLocalizer<SiteText> text) : PageModel
{
    private const string ProblemKey = "RosterProblem";

    public RosterUpload? Upload { get; private set; }

    public RowPage ErrorRows { get; private set; } = RowPage.Empty;

    public RowPage ValidRows { get; private set; } = RowPage.Empty;

    /// <summary>Why the last confirmation did not import, carried across the redirect back here.</summary>
    public string? Problem { get; private set; }

    public string? Missing { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int errorsPage = 1, int validPage = 1, CancellationToken cancellationToken = default)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        Upload = await roster.FindAsync(id, caller, cancellationToken);
        if (Upload is null)
        {
            Missing = roster.Expired();
            return Page();
        }
        if (Upload.IsImported)
        {
            return RedirectToPage("ImportDone", new { id });
        }
        Problem = TempData[ProblemKey] as string;
        ErrorRows = roster.ErrorPage(Upload, errorsPage);
        ValidRows = roster.ValidPage(Upload, validPage);
        return Page();
    }

    /// <summary>
    /// The rows with errors as CSV in the template's layout plus a column of messages: corrected in Excel, the
    /// file can be uploaded again as it is, since unknown columns are ignored.
    /// </summary>
    public async Task<IActionResult> OnGetErrorsAsync(Guid id, CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        var upload = await roster.FindAsync(id, caller, cancellationToken);
        if (upload is null)
        {
            return RedirectToPage(new { id });
        }
        var rows = roster.ErrorRows(upload)
            .Select(r => (IReadOnlyList<string>)[.. RosterCsv.Cells(r.Source), string.Join(" ", r.Errors)]);
        var name = $"{Path.GetFileNameWithoutExtension(upload.FileName)}-{text["loi"]}.csv";
        return File(RosterCsv.Write(rows, text["Lỗi"]), "text/csv; charset=utf-8", name);
    }

    public async Task<IActionResult> OnPostImportAsync(Guid id, bool validOnly, CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        var outcome = await roster.ConfirmAsync(id, validOnly, caller, cancellationToken);
        if (outcome.Succeeded)
        {
            return RedirectToPage("ImportDone", new { id });
        }
        TempData[ProblemKey] = string.Join(" ", outcome.Errors.Select(e => e.Value));
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        await roster.CancelAsync(id, caller, cancellationToken);
        return RedirectToPage("Import");
    }
}
