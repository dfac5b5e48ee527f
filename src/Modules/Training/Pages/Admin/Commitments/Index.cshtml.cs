using ChildSafety.Core.Web;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.Text;
using ChildSafety.Training.Commitments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Admin.Commitments;

/// <summary>A school's family–school commitment for a year: publish it, ask classes to sign, see counts per class.</summary>
public sealed class IndexModel(CallerScopeAccessor scopes, FamilyCommitments commitments, PublicUrls urls, TimeProvider clock, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    [BindProperty]
    public string Title { get; set; } = "";

    [BindProperty]
    public string Body { get; set; } = "";

    [BindProperty]
    public string ClassName { get; set; } = "";

    [BindProperty]
    public string Pupils { get; set; } = "";

    public FamilyCommitment? Commitment { get; private set; }

    public IReadOnlyList<ClassCount> Counts { get; private set; } = [];

    public IReadOnlyList<IssuedLink> Links { get; private set; } = [];

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

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        var outcome = await commitments.PublishAsync(caller, YearOrCurrent(), Title, Body, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Status"] = text["Đã ban hành bản cam kết năm học {0}.", YearOrCurrent()].Value;
            return RedirectToPage(new { Year = YearOrCurrent() });
        }
        AddErrors(outcome);
        await LoadAsync(caller, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        await LoadAsync(caller, cancellationToken);
        if (Commitment is null)
        {
            return NotFound();
        }
        var (outcome, links) = await commitments.InviteAsync(caller, Commitment.Id, ClassName, Pupils, cancellationToken);
        if (outcome.Succeeded)
        {
            Links = links;
            Counts = await commitments.CountsAsync(Commitment.Id, cancellationToken);
            ClassName = "";
            Pupils = "";
            ModelState.Clear();
        }
        AddErrors(outcome);
        return Page();
    }

    public string LinkFor(string token) => urls.Absolute(Request, $"/commitment/{token}");

    private string YearOrCurrent() => SchoolYear.TryParse(Year, out var year) ? year.ToString() : SchoolYear.Current(clock).ToString();

    private async Task LoadAsync(CallerScope caller, CancellationToken cancellationToken)
    {
        Year = YearOrCurrent();
        Commitment = await commitments.ForAsync(caller.OrganizationId, Year, cancellationToken);
        Counts = Commitment is null ? [] : await commitments.CountsAsync(Commitment.Id, cancellationToken);
    }

    private void AddErrors(Core.Outcome outcome)
    {
        foreach (var (field, message) in outcome.Errors)
        {
            ModelState.AddModelError(field, message);
        }
    }
}
