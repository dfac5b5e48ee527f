using ChildSafety.Core;
using ChildSafety.Core.Organizations;
using ChildSafety.Site.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChildSafety.Site.Admin;

/// <summary>
/// Deactivating or reactivating something the caller manages, behind a confirmation page: the page shows what will
/// happen, the post flips it and returns to the edit page with a message.
/// </summary>
public abstract class ActivationModel<TKey>(CallerScopeAccessor scopes) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public TKey Id { get; set; } = default!;

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
        var outcome = await SetActiveAsync(!IsActive, caller, cancellationToken);
        if (!outcome.Succeeded)
        {
            ModelState.AddOutcome(outcome);
            return Page();
        }
        TempData["Status"] = Done(nowActive: !IsActive);
        return RedirectToPage("Edit", new { Id });
    }

    /// <summary>The name and state of what the caller may manage, or null when it is unknown or outside their scope.</summary>
    protected abstract Task<(string Name, bool IsActive)?> FindManageableAsync(CallerScope caller, CancellationToken cancellationToken);

    protected abstract Task<Outcome> SetActiveAsync(bool active, CallerScope caller, CancellationToken cancellationToken);

    /// <summary>The message shown after the change.</summary>
    protected abstract string Done(bool nowActive);

    private async Task<CallerScope?> LoadAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        var found = caller is null ? null : await FindManageableAsync(caller, cancellationToken);
        if (found is null)
        {
            return null;
        }
        (Name, IsActive) = found.Value;
        return caller;
    }
}
