using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace ChildSafety.Site.Hosting;

/// <summary>Vietnamese first, English second.</summary>
public static class Cultures
{
    public const string Default = "vi";

    public static IReadOnlyList<CultureInfo> Supported { get; } = [new("vi"), new("en")];

    public static bool IsSupported(string? name) =>
        name is not null && Supported.Any(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Keeps the chosen language in the request-culture cookie for a year.</summary>
    public static void Remember(HttpResponse response, string culture) =>
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = response.HttpContext.Request.IsHttps });
}
