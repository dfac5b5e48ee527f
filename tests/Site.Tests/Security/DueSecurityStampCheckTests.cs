using System.Security.Claims;
using ChildSafety.Site.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Security;

/// <summary>The sign-in cookie's stamp goes to Identity's validator when the interval since issue has passed, and only then.</summary>
public sealed class DueSecurityStampCheckTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(30, false)]
    [InlineData(60, false)]
    [InlineData(61, true)]
    [InlineData(8 * 3600, true)]
    public async Task The_validator_is_asked_once_the_interval_since_the_cookie_was_issued_has_passed(int secondsAgo, bool asked)
    {
        var validator = new CountingValidator();

        await DueSecurityStampCheck.ValidatePrincipalAsync(ContextOf(validator, Now.AddSeconds(-secondsAgo)));

        Assert.Equal(asked ? 1 : 0, validator.Calls);
    }

    [Fact]
    public async Task A_cookie_without_an_issue_time_is_always_validated()
    {
        var validator = new CountingValidator();

        await DueSecurityStampCheck.ValidatePrincipalAsync(ContextOf(validator, issued: null));

        Assert.Equal(1, validator.Calls);
    }

    private static CookieValidatePrincipalContext ContextOf(ISecurityStampValidator validator, DateTimeOffset? issued)
    {
        var services = new ServiceCollection();
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.TimeProvider = new FixedClock(Now);
        });
        services.AddSingleton(validator);
        var http = new DefaultHttpContext { RequestServices = services.BuildServiceProvider() };
        var scheme = new AuthenticationScheme(IdentityConstants.ApplicationScheme, null, typeof(CookieAuthenticationHandler));
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity("test")), new AuthenticationProperties { IssuedUtc = issued }, scheme.Name);
        return new CookieValidatePrincipalContext(http, scheme, new CookieAuthenticationOptions(), ticket);
    }

    private sealed class CountingValidator : ISecurityStampValidator
    {
        public int Calls { get; private set; }

        public Task ValidateAsync(CookieValidatePrincipalContext context)
        {
            Calls++;
            return Task.CompletedTask;
        }
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
