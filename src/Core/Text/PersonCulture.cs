using System.Globalization;

namespace ChildSafety.Core.Text;

/// <summary>
/// Text for someone who is not the current request — an e-mail from a background job — in the language they chose:
/// English when their culture is "en", Vietnamese otherwise.
/// </summary>
public static class PersonCulture
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static CultureInfo Of(string? culture) =>
        string.Equals(culture, "en", StringComparison.OrdinalIgnoreCase) ? English : Vietnamese;

    /// <summary>Runs <paramref name="produce"/> under the person's culture, which string localizers and date formats follow.</summary>
    public static T In<T>(string? culture, Func<T> produce)
    {
        ArgumentNullException.ThrowIfNull(produce);
        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = Of(culture);
        try
        {
            return produce();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formats);
        }
    }
}
