namespace ChildSafety.Site.Security;

/// <summary>Bound from the "RateLimits" section: how many requests one client address may make per window.</summary>
public sealed class RateLimitSettings
{
    public RateLimit Login { get; set; } = new() { PermitLimit = 20, WindowSeconds = 60 };

    public RateLimit PasswordReset { get; set; } = new() { PermitLimit = 5, WindowSeconds = 300 };

    public RateLimit Verify { get; set; } = new() { PermitLimit = 60, WindowSeconds = 60 };
}
