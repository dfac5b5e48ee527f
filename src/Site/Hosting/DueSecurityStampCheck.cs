using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ChildSafety.Site.Hosting;

/// <summary>
/// Identity checks the sign-in cookie's security stamp through a validator it resolves on every request — with the
/// sign-in manager, the user manager and their stores behind it, a few percent of the site's CPU — only for the
/// validator to find, nearly always, that the check is not due. This asks the clock first, with the validator's own
/// rule (due once <see cref="SecurityStampValidatorOptions.ValidationInterval"/> has passed since the cookie was
/// issued), and hands over to Identity when it is.
/// </summary>
internal static class DueSecurityStampCheck
{
    public static Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        return context.Properties.IssuedUtc is { } issued && now - issued <= options.ValidationInterval
            ? Task.CompletedTask
            : SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
