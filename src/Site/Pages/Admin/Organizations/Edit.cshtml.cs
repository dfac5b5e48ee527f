using ChildSafety.Core.Organizations;
using ChildSafety.Site.Admin;
using ChildSafety.Site.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Pages.Admin.Organizations;

/// <summary>Renaming, re-coding and moving an organization.</summary>
public sealed class EditModel(
    OrganizationService organizations,
    CallerScopeAccessor scopes,
    OrganizationChoices choices,
    IStringLocalizer<SiteText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public OrganizationForm Form { get; set; } = new();

    public string Name { get; private set; } = "";

    public bool IsActive { get; private set; }

    public OrganizationFormView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (caller, organization) = await LoadAsync(cancellationToken);
        if (caller is null || organization is null)
        {
            return NotFound();
        }
        Form = new OrganizationForm
        {
            Name = organization.Name,
            Code = organization.Code,
            Kind = organization.Kind,
            Level = organization.Level,
            ParentId = organization.ParentId,
        };
        await PrepareAsync(caller, organization, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (caller, organization) = await LoadAsync(cancellationToken);
        if (caller is null || organization is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            var outcome = await organizations.UpdateAsync(Id, Form.ToDraft(), caller, cancellationToken);
            if (outcome.Succeeded)
            {
                TempData["Status"] = text["Đã lưu thay đổi của đơn vị {0}.", Form.Name].Value;
                return RedirectToPage("Index");
            }
            ModelState.AddOutcome(outcome, prefix: nameof(Form));
        }
        await PrepareAsync(caller, organization, cancellationToken);
        return Page();
    }

    private async Task<(CallerScope?, Organization?)> LoadAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        return caller is null ? (null, null) : (caller, await organizations.FindManageableAsync(Id, caller, cancellationToken));
    }

    private async Task PrepareAsync(CallerScope caller, Organization organization, CancellationToken cancellationToken)
    {
        Name = organization.Name;
        IsActive = organization.IsActive;
        var parents = await choices.InScopeAsync(caller, parentsOnly: true, cancellationToken);
        parents.RemoveAll(p => p.Value == Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        View = new OrganizationFormView(Form, parents, KindFixed: true);
    }
}
