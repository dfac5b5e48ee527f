using ChildSafety.Core.Organizations;
using ChildSafety.Site.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Pages.Admin.Organizations;

/// <summary>Deactivating or reactivating an organization, behind a confirmation page.</summary>
public sealed class StatusModel(OrganizationService organizations, CallerScopeAccessor scopes, IStringLocalizer<SiteText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public string Name { get; private set; } = "";

    public bool IsActive { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var caller = await LoadAsync(cancellationToken);
        if (caller is null)
        {
            return NotFound();
        }
        var outcome = await organizations.SetActiveAsync(Id, !IsActive, caller, cancellationToken);
        if (!outcome.Succeeded)
        {
            ModelState.AddOutcome(outcome);
            return Page();
        }
        TempData["Status"] = IsActive
            ? text["Đã ngừng hoạt động đơn vị {0}.", Name].Value
            : text["Đơn vị {0} đã hoạt động trở lại.", Name].Value;
        return RedirectToPage("Edit", new { Id });
    }

    private async Task<CallerScope?> LoadAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        var organization = caller is null ? null : await organizations.FindManageableAsync(Id, caller, cancellationToken);
        if (organization is null)
        {
            return null;
        }
        Name = organization.Name;
        IsActive = organization.IsActive;
        return caller;
    }
}
