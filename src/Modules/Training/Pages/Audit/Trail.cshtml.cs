using ChildSafety.Core;
using ChildSafety.Core.Audit;
using ChildSafety.Training.Audit;
using ChildSafety.Training.Audit.Trail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Audit;

/// <summary>
/// The audit trail of an organization's subtree, or of one person in it: filterable by kind and days, paged; and the
/// check that no stored event was altered since it was written.
/// </summary>
public sealed class TrailModel(AuditRequests requests, AuditTrailReader reader, AuditTrail trail, IAuthorizationService authorization, IStringLocalizer<TrainingText> text)
    : AuditPageModel(requests, text)
{
    [BindProperty(SupportsGet = true)]
    public Guid? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<TrailRow> Events { get; private set; } = new([], Paging.Of(1, AuditTrailReader.PageSize, 0));

    public IReadOnlyList<string> Kinds { get; private set; } = [];

    public ChainVerification? Verification { get; private set; }

    public bool CanVerify { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, TrainingPermissions.VerifyAuditTrail.PolicyName)).Succeeded)
        {
            return Forbid();
        }
        Verification = await trail.VerifyAsync(cancellationToken);
        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        if (await OpenAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }
        CanVerify = (await authorization.AuthorizeAsync(User, TrainingPermissions.VerifyAuditTrail.PolicyName)).Succeeded;
        Events = await reader.PageAsync(Tree, new TrailFilter(Person, Kind, From, To), PageNumber, cancellationToken);
        Kinds = await reader.KindsAsync(Tree, cancellationToken);
        return Page();
    }
}
