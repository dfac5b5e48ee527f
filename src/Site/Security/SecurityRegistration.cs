using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

namespace ChildSafety.Site.Security;

public static class SecurityRegistration
{
    /// <summary>
    /// Response headers, cookie flags, HSTS, the named rate limits, and — only when <c>Site:KnownProxies</c> lists
    /// the reverse proxies' addresses — the client address those proxies forward.
    /// </summary>
    public static IServiceCollection AddSiteSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ContentSecurityPolicy>();
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "childsafety.af";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        var proxies = KnownProxies(configuration);
        if (proxies.Count > 0)
        {
            services.Configure<ForwardedHeadersOptions>(o =>
            {
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                o.KnownIPNetworks.Clear();
                o.KnownProxies.Clear();
                foreach (var proxy in proxies)
                {
                    o.KnownProxies.Add(proxy);
                }
            });
        }

        var limits = configuration.GetSection("RateLimits").Get<RateLimitSettings>() ?? new RateLimitSettings();
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(RateLimitPolicies.Login, context => ClientAddressLimiter.For(context, limits.Login, postsOnly: true));
            options.AddPolicy(RateLimitPolicies.PasswordReset, context => ClientAddressLimiter.For(context, limits.PasswordReset, postsOnly: true));
            options.AddPolicy(RateLimitPolicies.Verify, context => ClientAddressLimiter.For(context, limits.Verify, postsOnly: false));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // The status-code page then explains, in the visitor's language, and the header says when to come back.
            options.OnRejected = (rejected, _) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>
    /// Puts <see cref="RememberingDataProtector"/> around the key ring's provider that <c>AddDataProtection</c>
    /// registered, for every service that decrypts: sign-in, antiforgery, temp data, account links.
    /// </summary>
    public static IServiceCollection RememberUnprotectedPayloads(this IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IDataProtectionProvider));
        Func<IServiceProvider, object> keyRing = registered switch
        {
            { ImplementationFactory: { } factory } => factory,
            { ImplementationInstance: { } instance } => _ => instance,
            { ImplementationType: { } type } => s => ActivatorUtilities.CreateInstance(s, type),
            _ => throw new InvalidOperationException("Call this after AddDataProtection."),
        };
        services.Remove(registered!);
        services.AddSingleton<UnprotectedPayloads>();
        services.AddSingleton(s => RememberingDataProtector.Around((IDataProtectionProvider)keyRing(s), s.GetRequiredService<UnprotectedPayloads>()));
        return services;
    }

    /// <summary>Headers first, so that every response carries them; then the forwarded client address, if trusted.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        if (KnownProxies(app.Configuration).Count > 0)
        {
            app.UseForwardedHeaders();
        }
        return app;
    }

    private static List<IPAddress> KnownProxies(IConfiguration configuration) =>
        [.. (configuration.GetSection("Site:KnownProxies").Get<string[]>() ?? []).Select(IPAddress.Parse)];
}
