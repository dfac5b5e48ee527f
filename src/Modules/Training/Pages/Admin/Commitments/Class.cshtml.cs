using ChildSafety.Core.Organizations;
using ChildSafety.Training.Commitments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Admin.Commitments;

/// <summary>One class's families: who signed and how; record a paper signature or replace a lost link.</summary>
public sealed class ClassModel(CallerScopeAccessor scopes, FamilyCommitments commitments, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Commitment { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Name { get; set; } = "";

    [BindProperty]
    public long InvitationId { get; set; }

    [BindProperty]
    public string SignerName { get; set; } = "";

    public IReadOnlyList<CommitmentInvitation> Invitations { get; private set; } = [];

    public IssuedLink? Reissued { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPaperAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        var outcome = await commitments.RecordPaperAsync(caller, InvitationId, SignerName, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Status"] = text["Đã ghi nhận chữ ký trên giấy."].Value;
            return RedirectToPage(new { Commitment, Name });
        }
        foreach (var (_, message) in outcome.Errors)
        {
            ModelState.AddModelError("", message);
        }
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostReissueAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        Reissued = caller is null ? null : await commitments.ReissueAsync(caller, InvitationId, cancellationToken);
        if (Reissued is null)
        {
            ModelState.AddModelError("", text["Không tìm thấy lời mời, hoặc gia đình đã ký."]);
        }
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public string LinkFor(string token) => $"{Request.Scheme}://{Request.Host}/commitment/{token}";

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        Invitations = caller is null ? [] : await commitments.ClassAsync(caller, Commitment, Name, cancellationToken);
        return Invitations.Count > 0;
    }
}
