using ChildSafety.Core.Content;
using ChildSafety.Core.Data;
using ChildSafety.Training.Commitments;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Commitment;

/// <summary>The page a parent opens from their one-time link: read the school's commitment and sign it.</summary>
[AllowAnonymous]
public sealed class IndexModel(FamilyCommitments commitments, CoreDbContext core, IMarkdownRenderer markdown, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public string SignerName { get; set; } = "";

    [BindProperty]
    public bool Agree { get; set; }

    public CommitmentInvitation? Invitation { get; private set; }

    public string School { get; private set; } = "";

    public string BodyHtml { get; private set; } = "";

    public bool JustSigned { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        if (!Agree)
        {
            ModelState.AddModelError(nameof(Agree), text["Hãy đánh dấu ô đồng ý trước khi ký."]);
            return Page();
        }
        var outcome = await commitments.SignOnlineAsync(Token, SignerName, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        if (!outcome.Succeeded)
        {
            foreach (var (field, message) in outcome.Errors)
            {
                ModelState.AddModelError(field, message);
            }
            return Page();
        }
        JustSigned = true;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Invitation = await commitments.FindByTokenAsync(Token, cancellationToken);
        if (Invitation is null)
        {
            return false;
        }
        School = await core.Organizations.Where(o => o.Id == Invitation.Commitment!.OrganizationId).Select(o => o.Name).FirstAsync(cancellationToken);
        BodyHtml = markdown.Render(Invitation.Commitment!.Text);
        return true;
    }
}
