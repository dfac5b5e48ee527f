namespace ChildSafety.Site.Security;

/// <summary>
/// The named rate-limiting policies; a page or endpoint opts in with
/// <c>[EnableRateLimiting(RateLimitPolicies.Verify)]</c> or <c>.RequireRateLimiting(RateLimitPolicies.Verify)</c>.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>Sign-in attempts (POST to /account/login), per client address.</summary>
    public const string Login = "login";

    /// <summary>Password reset requests (POST to /account/forgot-password), per client address.</summary>
    public const string PasswordReset = "password-reset";

    /// <summary>Public certificate verification (/verify/{serial}), every request, per client address.</summary>
    public const string Verify = "verify";
}
