using ChildSafety.Core.People;
using ChildSafety.Core.Privacy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChildSafety.Site.Pages.Account;

/// <summary>A person downloads everything the platform holds about them (Decree 13/2023/NĐ-CP, right of access).</summary>
public sealed class MyDataModel(UserManager<Person> users, PersonalDataExport export) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        var person = await users.GetUserAsync(User);
        if (person is null)
        {
            return Challenge();
        }
        var json = await export.ExportAsync(person.Id, cancellationToken);
        return File(json, "application/json", "du-lieu-ca-nhan.json");
    }
}
