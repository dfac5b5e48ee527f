using System.ComponentModel.DataAnnotations;
using ChildSafety.Core.People;
using ChildSafety.Site.Hosting;
using ChildSafety.Site.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace ChildSafety.Site.Pages.Account;

[EnableRateLimiting(RateLimitPolicies.PasswordReset)]
public sealed class ForgotPasswordModel(UserManager<Person> users, AccountMail mail) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập e-mail.")]
    [StringLength(254)]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var person = await users.FindByEmailAsync(EmailAddress.Normalize(Email));
        if (person is { IsActive: true })
        {
            await mail.SendPasswordResetAsync(person, cancellationToken);
        }
        // The same answer whether or not the address has an account, so the form tells nobody who is registered.
        Sent = true;
        return Page();
    }
}
