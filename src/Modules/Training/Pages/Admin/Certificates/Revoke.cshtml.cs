using ChildSafety.Core.Organizations;
using ChildSafety.Training.Certificates;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Admin.Certificates;

/// <summary>Revoking one certificate of the caller's subtree, with the reason written down; a confirmation page.</summary>
public sealed class RevokeModel(CallerScopeAccessor scopes, ChildSafety.Training.Certificates.Certificates certificates, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public CertificateView? Certificate { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        Certificate = caller is null ? null : await certificates.FindInScopeAsync(caller, Id, cancellationToken);
        return Certificate is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        Certificate = caller is null ? null : await certificates.FindInScopeAsync(caller, Id, cancellationToken);
        if (Certificate is null)
        {
            return NotFound();
        }
        var outcome = await certificates.RevokeAsync(caller!, Id, Reason, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Status"] = text["Đã thu hồi chứng nhận {0}.", Certificate.Serial].Value;
            return RedirectToPage("Index");
        }
        ModelState.AddOutcome(outcome);
        return Page();
    }
}
