using System.Net.Mail;

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
        return MailAddress.TryCreate(value, out var parsed)
            && parsed.Address.Equals(value, StringComparison.OrdinalIgnoreCase)
            && parsed.Host.Contains('.', StringComparison.Ordinal);
    }

    public static string Normalize(string value) => value.Trim().ToLowerInvariant();
}
