using ChildSafety.Core.Organizations;
using ChildSafety.Training.Conduct;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Admin.Conduct;

/// <summary>Publishing a draft, behind a confirmation: afterwards it cannot change and everyone it covers must accept it.</summary>
public sealed class PublishModel(CallerScopeAccessor scopes, ConductPolicies policies, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public ConductVersion? Version { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        Version = caller is null ? null : await policies.FindOwnAsync(caller, Id, cancellationToken);
        return Version is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        var outcome = await policies.PublishAsync(caller, Id, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Status"] = text["Đã ban hành. Mọi người thuộc đối tượng áp dụng sẽ được yêu cầu xác nhận từ ngày hiệu lực."].Value;
            return RedirectToPage("Index");
        }
        foreach (var (_, message) in outcome.Errors)
        {
            ModelState.AddModelError("", message);
        }
        Version = await policies.FindOwnAsync(caller, Id, cancellationToken);
        return Version is null ? NotFound() : Page();
    }
}
