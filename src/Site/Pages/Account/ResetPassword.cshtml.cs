using System.ComponentModel.DataAnnotations;
using ChildSafety.Core.People;
using ChildSafety.Site.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Pages.Account;

public sealed class ResetPasswordModel(UserManager<Person> users, IStringLocalizer<SiteText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Required(ErrorMessage = "Hãy nhập e-mail.")]
    [StringLength(254)]
    public string Email { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    [Required(ErrorMessage = "Liên kết đặt lại mật khẩu không đầy đủ. Hãy mở lại liên kết trong thư.")]
    public string Token { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập mật khẩu mới.")]
    [StringLength(200)]
    public string Password { get; set; } = "";

    [BindProperty]
    [Compare(nameof(Password), ErrorMessage = "Hai mật khẩu không khớp nhau.")]
    public string ConfirmPassword { get; set; } = "";

    public void OnGet() => ModelState.Clear();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var person = await users.FindByEmailAsync(EmailAddress.Normalize(Email));
        if (person is not { IsActive: true })
        {
            ModelState.AddModelError("", text["Liên kết đã hết hạn hoặc đã được dùng. Hãy yêu cầu liên kết mới."]);
            return Page();
        }
        var result = await users.ResetPasswordAsync(person, Token, Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Password) : "", error.Description);
            }
            return Page();
        }
        await users.ResetAccessFailedCountAsync(person);
        await users.SetLockoutEndDateAsync(person, null);
        TempData["Status"] = text["Đã đặt mật khẩu mới. Hãy đăng nhập."].Value;
        return RedirectToPage("/Account/Login");
    }
}
