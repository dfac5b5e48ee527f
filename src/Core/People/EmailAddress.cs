using System.Net.Mail;
using System.Text;

namespace ChildSafety.Core.People;

public static class EmailAddress
{
    /// <summary>A plain address "name@domain.tld" without display name, as people type it into a form or a roster.</summary>
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 254 || value.Any(char.IsWhiteSpace))
        {
            return false;
        }
        // Without an encoding MailAddress looks up UTF-8 by name on every call, which goes through the code-pages
        // provider the spreadsheet reader registers, under its lock: a quarter of a roster check's CPU.
        return MailAddress.TryCreate(value, displayName: null, Encoding.UTF8, out var parsed)
            && parsed.Address.Equals(value, StringComparison.OrdinalIgnoreCase)
            && parsed.Host.Contains('.', StringComparison.Ordinal);
    }

    public static string Normalize(string value) => value.Trim().ToLowerInvariant();
}
