using ChildSafety.Core.Organizations;
using ChildSafety.Training.Conduct;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Admin.Conduct;

/// <summary>The codes of conduct that apply to the caller's organization: the templates above it and its own.</summary>
public sealed class IndexModel(CallerScopeAccessor scopes, ConductPolicies policies, IStringLocalizer<TrainingText> text) : PageModel
{
    public IReadOnlyList<ConductPolicy> Policies { get; private set; } = [];

    public int OwnOrganizationId { get; private set; }

    public bool HasOwnPolicy { get; private set; }

    [BindProperty]
    public string Title { get; set; } = "";

    [BindProperty]
    public int? TemplateId { get; set; }

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

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        var (outcome, policy) = await policies.CreateAsync(caller, Title, TemplateId, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Status"] = text["Đã tạo quy tắc; hãy soạn nội dung rồi ban hành."].Value;
            return RedirectToPage("Edit", new { id = policy!.Versions[0].Id });
        }
        foreach (var (field, message) in outcome.Errors)
        {
            ModelState.AddModelError(field, message);
        }
        await LoadAsync(caller, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostNewVersionAsync(int policyId, CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        var (outcome, draft) = await policies.NewVersionAsync(caller, policyId, cancellationToken);
        if (outcome.Succeeded)
        {
            return RedirectToPage("Edit", new { id = draft!.Id });
        }
        foreach (var (_, message) in outcome.Errors)
        {
            ModelState.AddModelError("", message);
        }
        await LoadAsync(caller, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CallerScope caller, CancellationToken cancellationToken)
    {
        Policies = await policies.VisibleToAsync(caller, cancellationToken);
        OwnOrganizationId = caller.OrganizationId;
        HasOwnPolicy = Policies.Any(p => p.OrganizationId == caller.OrganizationId);
    }
}
