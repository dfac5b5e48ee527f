using System.ComponentModel.DataAnnotations;
using ChildSafety.Core.People;
using ChildSafety.Site.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Pages.Account;

/// <summary>
/// Optional two-step sign-in for officers and administrators: scan the QR code with an authenticator app, confirm
/// one code, keep the recovery codes; or turn it off again.
/// </summary>
public sealed class TwoFactorModel(UserManager<Person> users, SignInManager<Person> signIn, IStringLocalizer<SiteText> text) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập mã 6 chữ số từ ứng dụng xác thực.")]
    [StringLength(12)]
    public string Code { get; set; } = "";

    public bool Enabled { get; private set; }

    public string SharedKey { get; private set; } = "";

    public string QrCode { get; private set; } = "";

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var person = await users.GetUserAsync(User);
        if (person is null)
        {
            return Challenge();
        }
        var code = Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (ModelState.IsValid && !await users.VerifyTwoFactorTokenAsync(person, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), text["Mã không đúng hoặc đã hết hạn. Hãy nhập mã đang hiện trong ứng dụng."]);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(person, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(person, 10) ?? []];
        await signIn.RefreshSignInAsync(person);
        Enabled = true;
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var person = await users.GetUserAsync(User);
        if (person is null)
        {
            return Challenge();
        }
        await users.SetTwoFactorEnabledAsync(person, false);
        await users.ResetAuthenticatorKeyAsync(person);
        await signIn.RefreshSignInAsync(person);
        TempData["Status"] = text["Đã tắt xác thực hai bước."].Value;
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync()
    {
        var person = await users.GetUserAsync(User);
        if (person is null)
        {
            return false;
        }
        Enabled = await users.GetTwoFactorEnabledAsync(person);
        if (!Enabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(person);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(person);
                key = await users.GetAuthenticatorKeyAsync(person);
            }
            SharedKey = key!;
            QrCode = AuthenticatorQrCode.PngDataUri(AuthenticatorQrCode.Uri(person.Email!, SharedKey));
        }
        return true;
    }
}
