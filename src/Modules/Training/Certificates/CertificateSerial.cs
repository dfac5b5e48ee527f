using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace ChildSafety.Training.Certificates;

/// <summary>
/// Serials like "CS-2026-K7QM-3XWD": the year of issue and eight random characters from an alphabet without the
/// look-alikes 0/O and 1/I/L, so a serial read aloud or copied from paper is typed right.
/// </summary>
public static partial class CertificateSerial
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New(DateTimeOffset issuedAt)
    {
        var random = RandomNumberGenerator.GetString(Alphabet, 8);
        return $"CS-{issuedAt.Year:D4}-{random[..4]}-{random[4..]}";
    }

    /// <summary>Upper-cases and trims what a visitor typed; null when it cannot be a serial at all.</summary>
    public static string? Normalize(string? typed) =>
        typed?.Trim().ToUpperInvariant() is { } serial && Shape().IsMatch(serial) ? serial : null;

    [GeneratedRegex("^CS-[0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$")]
    private static partial Regex Shape();
}
