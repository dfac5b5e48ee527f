using ChildSafety.Training.Certificates;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChildSafety.Training.Pages.My;

/// <summary>The signed-in person's certificates, newest first, each with its public verification link and PDF.</summary>
public sealed class CertificatesModel(Certificates.Certificates certificates, Core.Organizations.CallerScopeAccessor scopes) : PageModel
{
    public IReadOnlyList<CertificateView> Certificates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await scopes.GetAsync(User, cancellationToken) is { } caller)
        {
            Certificates = await certificates.OfPersonAsync(caller.PersonId, cancellationToken);
        }
    }
}
