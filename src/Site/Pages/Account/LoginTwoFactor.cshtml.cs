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

/// <summary>The second step of signing in: the code from the authenticator app, or one recovery code.</summary>
[EnableRateLimiting(RateLimitPolicies.Login)]
public sealed class LoginTwoFactorModel(SignInManager<Person> signIn, IStringLocalizer<SiteText> text) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập mã 6 chữ số từ ứng dụng xác thực.")]
    [StringLength(20)]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("Login");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        // Recovery codes keep their dash (XXXXX-XXXXX); an app's code may be typed "123 456".
        var code = Code.Replace(" ", "", StringComparison.Ordinal);
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            return LocalRedirect(LocalUrl.OrHome(ReturnUrl));
        }
        ModelState.AddModelError("", result.IsLockedOut
            ? text["Tài khoản tạm bị khoá vì đăng nhập sai nhiều lần. Hãy thử lại sau 15 phút hoặc đặt lại mật khẩu."]
            : text["Mã không đúng hoặc đã hết hạn. Hãy nhập mã đang hiện trong ứng dụng."]);
        return Page();
    }
}
