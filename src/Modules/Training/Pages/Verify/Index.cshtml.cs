using ChildSafety.Training.Certificates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChildSafety.Training.Pages.Verify;

/// <summary>
/// Public check of a serial printed on a certificate: name, course, school, dates and status only. Why a
/// certificate was revoked is not public; an unknown serial is a plain 404.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(Certificates.Certificates certificates) : PageModel
{
    public CertificateView Certificate { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string serial, CancellationToken cancellationToken)
    {
        if (await certificates.FindAsync(serial, cancellationToken) is not { } certificate)
        {
            return NotFound();
        }
        Certificate = certificate;
        return Page();
    }
}
