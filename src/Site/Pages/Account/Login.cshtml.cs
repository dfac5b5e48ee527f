using System.ComponentModel.DataAnnotations;
using ChildSafety.Core.People;
using ChildSafety.Site.Hosting;
using ChildSafety.Site.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Pages.Account;

[EnableRateLimiting(RateLimitPolicies.Login)]
public sealed class LoginModel(SignInManager<Person> signIn, UserManager<Person> users, IStringLocalizer<SiteText> text) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập e-mail.")]
    [StringLength(254)]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập mật khẩu.")]
    [StringLength(200)]
    public string Password { get; set; } = "";

    [BindProperty]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        // Identity's user name is the e-mail address, so an unknown address and a wrong password fail alike.
        var result = await signIn.PasswordSignInAsync(EmailAddress.Normalize(Email), Password, RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            if (await users.FindByEmailAsync(EmailAddress.Normalize(Email)) is { Culture: { } culture } && Cultures.IsSupported(culture))
            {
                Cultures.Remember(Response, culture);
            }
            return LocalRedirect(LocalUrl.OrHome(ReturnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("LoginTwoFactor", new { ReturnUrl, RememberMe });
        }
        ModelState.AddModelError("", result switch
        {
            { IsLockedOut: true } => text["Tài khoản tạm bị khoá vì đăng nhập sai nhiều lần. Hãy thử lại sau 15 phút hoặc đặt lại mật khẩu."],
            { IsNotAllowed: true } => text["Tài khoản này đã ngừng hoạt động. Hãy liên hệ quản trị của đơn vị."],
            _ => text["E-mail hoặc mật khẩu không đúng."],
        });
        return Page();
    }
}
