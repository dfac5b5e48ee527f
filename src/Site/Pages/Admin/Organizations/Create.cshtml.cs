using ChildSafety.Core.Organizations;
using ChildSafety.Site.Admin;
using ChildSafety.Site.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Pages.Admin.Organizations;

public sealed class CreateModel(
    OrganizationService organizations,
    CallerScopeAccessor scopes,
    OrganizationChoices choices,
    IStringLocalizer<SiteText> text) : PageModel
{
    [BindProperty]
    public OrganizationForm Form { get; set; } = new();

    public OrganizationFormView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        Form.ParentId = caller.OrganizationId;
        await PrepareAsync(caller, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        if (ModelState.IsValid)
        {
            var (outcome, created) = await organizations.CreateAsync(Form.ToDraft(), caller, cancellationToken);
            if (outcome.Succeeded)
            {
                TempData["Status"] = text["Đã thêm đơn vị {0}.", created!.Name].Value;
                return RedirectToPage("Index");
            }
            ModelState.AddOutcome(outcome, prefix: nameof(Form));
        }
        await PrepareAsync(caller, cancellationToken);
        return Page();
    }

    private async Task PrepareAsync(CallerScope caller, CancellationToken cancellationToken) =>
        View = new OrganizationFormView(Form, await choices.InScopeAsync(caller, parentsOnly: true, cancellationToken), KindFixed: false);
}
