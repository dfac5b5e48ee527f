using System.Threading.RateLimiting;

namespace ChildSafety.Site.Security;

/// <summary>
/// A fixed window per client address. The address is the connection's, or the one a configured proxy forwarded
/// (see <see cref="SecurityRegistration"/>): a client cannot choose its own partition by sending a header.
/// </summary>
internal static class ClientAddressLimiter
{
    public static RateLimitPartition<string> For(HttpContext context, RateLimit limit, bool postsOnly)
    {
        if (postsOnly && !HttpMethods.IsPost(context.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("");
        }
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = TimeSpan.FromSeconds(limit.WindowSeconds),
            QueueLimit = 0,
        });
    }
}
