using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Core.Privacy;
using ChildSafety.Site.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Pages.Admin.People;

/// <summary>Erasing a departed person's identity (Decree 13/2023/NĐ-CP), behind a confirmation page.</summary>
public sealed class EraseModel(UserManager<Person> users, PersonErasure erasure, CallerScopeAccessor scopes, IStringLocalizer<SiteText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public string Name { get; private set; } = "";

    public bool CanErase { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null || !await LoadAsync())
        {
            return NotFound();
        }
        var outcome = await erasure.EraseAsync(Id, caller, cancellationToken);
        if (!outcome.Succeeded)
        {
            ModelState.AddOutcome(outcome);
            return Page();
        }
        TempData["Status"] = text["Đã xoá thông tin cá nhân. Các số liệu tổng hợp vẫn được giữ."].Value;
        return RedirectToPage("Edit", new { Id });
    }

    private async Task<bool> LoadAsync()
    {
        var person = await users.FindByIdAsync(Id.ToString());
        if (person is null)
        {
            return false;
        }
        Name = person.FullName;
        CanErase = !person.IsActive && !PersonErasure.IsErased(person);
        return true;
    }
}
