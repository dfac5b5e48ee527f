namespace ChildSafety.Training.Certificates;

/// <summary>When a certificate runs out, and when its holder may renew it.</summary>
public static class Recertification
{
    /// <summary>Renewal opens this many days before expiry, so a certificate can be renewed without a gap.</summary>
    public const int WindowDays = 60;

    public static DateTimeOffset ExpiryOf(DateTimeOffset issuedAt, int validityMonths) => issuedAt.AddMonths(validityMonths);

    public static DateTimeOffset OpensAt(DateTimeOffset expiresAt) => expiresAt.AddDays(-WindowDays);

    /// <summary>Valid, and within the window before expiry.</summary>
    public static bool IsOpen(DateTimeOffset expiresAt, DateTimeOffset now) => now >= OpensAt(expiresAt) && now < expiresAt;
}
