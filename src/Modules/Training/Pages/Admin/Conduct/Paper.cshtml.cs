using ChildSafety.Core.Organizations;
using ChildSafety.Training.Conduct;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Admin.Conduct;

/// <summary>Recording, with the scan as evidence, that someone signed the code in force on paper.</summary>
[RequestSizeLimit(EvidenceLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceLimit)]
public sealed class PaperModel(CallerScopeAccessor scopes, PaperAcknowledgments paper, IStringLocalizer<TrainingText> text) : PageModel
{
    private const long EvidenceLimit = Core.Files.EvidenceFile.MaxBytes + 64 * 1024;

    [BindProperty(SupportsGet = true)]
    public Guid PersonId { get; set; }

    [BindProperty]
    public int VersionId { get; set; }

    [BindProperty]
    public IFormFile? Evidence { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public string FullName { get; private set; } = "";

    public VersionInForce? Version { get; private set; }

    public bool AlreadyAccepted { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null || !await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), text["Hãy xác nhận rằng người này đã ký bản cam kết trên giấy."]);
            return Page();
        }
        await using var stream = Evidence?.OpenReadStream();
        var outcome = await paper.RecordAsync(caller, PersonId, VersionId, stream, Evidence?.Length ?? 0, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Status"] = text["Đã ghi nhận {0} ký bản cam kết trên giấy.", FullName].Value;
            return Redirect($"/admin/conduct/report/{VersionId}");
        }
        foreach (var (field, message) in outcome.Errors)
        {
            ModelState.AddModelError(field, message);
        }
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        var prepared = caller is null ? null : await paper.PrepareAsync(caller, PersonId, cancellationToken);
        if (prepared is null)
        {
            return false;
        }
        (FullName, Version, AlreadyAccepted) = prepared.Value;
        return true;
    }
}
