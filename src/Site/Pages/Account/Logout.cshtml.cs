using ChildSafety.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChildSafety.Site.Pages.Account;

/// <summary>Signing out is a POST with the antiforgery token, so that no link on another site can sign a person out.</summary>
public sealed class LogoutModel(SignInManager<Person> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
