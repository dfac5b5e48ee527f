using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Site.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Pages.Admin.People;

/// <summary>Deactivating or reactivating a person, behind a confirmation page.</summary>
public sealed class StatusModel(PeopleDirectory directory, CallerScopeAccessor scopes, IStringLocalizer<SiteText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

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
        var outcome = await directory.SetActiveAsync(Id, !IsActive, caller, cancellationToken);
        if (!outcome.Succeeded)
        {
            ModelState.AddOutcome(outcome);
            return Page();
        }
        TempData["Status"] = IsActive
            ? text["Đã ngừng hoạt động tài khoản của {0}.", Name].Value
            : text["{0} đã hoạt động trở lại.", Name].Value;
        return RedirectToPage("Edit", new { Id });
    }

    private async Task<CallerScope?> LoadAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        var person = caller is null ? null : await directory.FindManageableAsync(Id, caller, cancellationToken);
        if (person is null)
        {
            return null;
        }
        Name = person.FullName;
        IsActive = person.IsActive;
        return caller;
    }
}
