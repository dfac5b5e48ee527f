using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ChildSafety.Core.Audit;

/// <summary>The SHA-256 link of the chain: the previous hash and every field of the event, in a fixed layout.</summary>
public static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>PostgreSQL keeps microseconds, SQLite keeps ticks: hashing the common precision lets either verify.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset time) => time.AddTicks(-(time.UtcTicks % 10));

    public static string Of(AuditEvent e)
    {
        var canonical = string.Join('\u001f',
            e.PreviousHash,
            e.Id.ToString(CultureInfo.InvariantCulture),
            e.OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
            e.Kind,
            e.ActorId?.ToString("N") ?? "",
            e.PersonId?.ToString("N") ?? "",
            e.OrganizationId?.ToString(CultureInfo.InvariantCulture) ?? "",
            e.Details);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
