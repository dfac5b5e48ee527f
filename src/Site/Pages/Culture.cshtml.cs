using ChildSafety.Site.Hosting;
using ChildSafety.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChildSafety.Site.Pages;

/// <summary>
/// The language switch: remembers the choice in a cookie for a year and returns to the same page. It takes no
/// antiforgery token because it is on every public page, and a token there would make those pages uncacheable (and
/// a cached token would fail for everyone else); a forged request could only change a visitor's language. A signed-in
/// person's choice is also kept on their account, so it follows them to another device.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class CultureModel(UserManager<Person> users) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(string? culture, string? returnUrl)
    {
        if (Cultures.IsSupported(culture))
        {
            Cultures.Remember(Response, culture!);
            if (await users.GetUserAsync(User) is { } person && person.Culture != culture)
            {
                person.Culture = culture;
                await users.UpdateAsync(person);
            }
        }
        return LocalRedirect(LocalUrl.OrHome(returnUrl));
    }
}
