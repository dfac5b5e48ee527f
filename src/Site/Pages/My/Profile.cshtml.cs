using System.ComponentModel.DataAnnotations;
using ChildSafety.Core.Data;
using ChildSafety.Core.People;
using ChildSafety.Site.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Pages.My;

/// <summary>The signed-in person's own account: who the platform thinks they are, and changing their password.</summary>
[Authorize]
public sealed class ProfileModel(UserManager<Person> users, SignInManager<Person> signIn, CoreDbContext db, IStringLocalizer<SiteText> text) : PageModel
{
    public Person? Person { get; private set; }

    public string OrganizationName { get; private set; } = "";

    public IList<string> Roles { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập mật khẩu hiện tại.")]
    [StringLength(200)]
    public string CurrentPassword { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập mật khẩu mới.")]
    [StringLength(200)]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    [Compare(nameof(NewPassword), ErrorMessage = "Hai mật khẩu không khớp nhau.")]
    public string ConfirmPassword { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return await LoadAsync(cancellationToken) ? Page() : Challenge();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await users.ChangePasswordAsync(Person!, CurrentPassword, NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(CurrentPassword)
                    : error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(NewPassword) : "";
                ModelState.AddModelError(field, error.Description);
            }
            return Page();
        }
        // The security stamp changed, which signs the person out everywhere else; here they stay signed in.
        await signIn.RefreshSignInAsync(Person!);
        TempData["Status"] = text["Đã đổi mật khẩu. Các phiên đăng nhập ở thiết bị khác đã bị đăng xuất."].Value;
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Person = await users.GetUserAsync(User);
        if (Person is null)
        {
            return false;
        }
        OrganizationName = await db.Organizations.AsNoTracking().Where(o => o.Id == Person.OrganizationId).Select(o => o.Name).SingleAsync(cancellationToken);
        Roles = await users.GetRolesAsync(Person);
        return true;
    }
}
