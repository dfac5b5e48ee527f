using ChildSafety.Core.Content;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.Text;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Data;
using ChildSafety.Training.Learning;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Conduct;

/// <summary>The code of conduct in force for the signed-in person: read it, see what changed, accept or decline.</summary>
[Authorize]
public sealed class IndexModel(
    TrainingDbContext db,
    CallerScopeAccessor scopes,
    ConductAcknowledgments acknowledgments,
    ConductHistory history,
    IMarkdownRenderer markdown,
    MemberDirectory directory,
    Standings standings,
    IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public bool Accept { get; set; }

    [BindProperty]
    public int VersionId { get; set; }

    [BindProperty]
    public string ContentHash { get; set; } = "";

    public ConductStatus? Status { get; private set; }

    public string? Title { get; private set; }

    public int Number { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    public string BodyHtml { get; private set; } = "";

    public IReadOnlyList<DiffLine> Changes { get; private set; } = [];

    public IReadOnlyList<ConductHistoryEntry> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        await LoadAsync(caller, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => AnswerAsync(AcknowledgmentDecision.Accepted, cancellationToken);

    public Task<IActionResult> OnPostDeclineAsync(CancellationToken cancellationToken) => AnswerAsync(AcknowledgmentDecision.Declined, cancellationToken);

    private async Task<IActionResult> AnswerAsync(AcknowledgmentDecision decision, CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        if (decision == AcknowledgmentDecision.Accepted && !Accept)
        {
            ModelState.AddModelError(nameof(Accept), text["Hãy đánh dấu ô \"Tôi đã đọc, hiểu và cam kết thực hiện\" trước khi xác nhận."]);
        }
        else
        {
            var outcome = await acknowledgments.AnswerAsync(caller,
                new ConductAnswer(VersionId, ContentHash ?? "", decision, HttpContext.Connection.RemoteIpAddress?.ToString()), cancellationToken);
            if (outcome.Succeeded)
            {
                if (decision == AcknowledgmentDecision.Declined)
                {
                    TempData["Status"] = text["Đã ghi nhận bạn chưa đồng ý. Nhà trường sẽ liên hệ để trao đổi; bạn có thể quay lại xác nhận bất cứ lúc nào."].Value;
                    return RedirectToPage();
                }
                TempData["Status"] = text["Cảm ơn bạn đã xác nhận quy tắc ứng xử."].Value;
                return LocalRedirect(await LandingAsync(cancellationToken));
            }
            foreach (var (_, message) in outcome.Errors)
            {
                ModelState.AddModelError("", message);
            }
        }
        await LoadAsync(caller, cancellationToken);
        return Page();
    }

    /// <summary>
    /// Where the person was going; a newcomer who was only going home goes to their trainings instead when a course
    /// assigned to them is still to be taken, since that is their next duty.
    /// </summary>
    private async Task<string> LandingAsync(CancellationToken cancellationToken)
    {
        var returnUrl = SafeReturnUrl();
        if (returnUrl != "/" || await directory.OfAsync(User, cancellationToken) is not { } member)
        {
            return returnUrl;
        }
        var courses = await standings.AllAsync(member, cancellationToken);
        return courses.Any(c => c.IsAssigned && c.ToTake is not null) ? "/training" : returnUrl;
    }

    private string SafeReturnUrl() =>
        ReturnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";

    private async Task LoadAsync(CallerScope caller, CancellationToken cancellationToken)
    {
        Status = await acknowledgments.StatusAsync(caller.PersonId, caller.OrganizationPath, caller.Position, cancellationToken);
        if (Status.InForce is { } inForce)
        {
            var version = await db.ConductVersions.AsNoTracking().Include(v => v.Policy).FirstAsync(v => v.Id == inForce.VersionId, cancellationToken);
            Title = version.Policy!.Title;
            Number = version.Number;
            EffectiveFrom = version.EffectiveFrom;
            BodyHtml = markdown.Render(version.Text);
            VersionId = version.Id;
            ContentHash = version.ContentHash!;
            if (Status.LastAcceptedVersionId is { } previousId && Status.Answer != AcknowledgmentDecision.Accepted)
            {
                var previous = await db.ConductVersions.AsNoTracking().Where(v => v.Id == previousId).Select(v => v.Text).FirstAsync(cancellationToken);
                Changes = LineDiff.Compare(previous, version.Text).Where(l => l.Kind != DiffKind.Same && l.Text.Trim().Length > 0).ToList();
            }
        }
        History = await history.OfAsync(caller.PersonId, cancellationToken);
    }
}
