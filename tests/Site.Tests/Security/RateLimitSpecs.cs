using System.Net;

namespace ChildSafety.Site.Tests.Security;

/// <summary>
/// Guessing passwords and flooding the reset form from one address is slowed down: past the limit the site answers
/// 429 with a page that says so in the visitor's language and a Retry-After header, while the forms still open.
/// </summary>
public sealed class RateLimitSpecs(RateLimitSpecs.TightlyLimitedSite server) : IClassFixture<RateLimitSpecs.TightlyLimitedSite>
{
    /// <summary>
    /// Without a configured proxy the X-Forwarded-For header is the client's own claim and changes nothing: one
    /// address cannot spread its attempts over invented ones.
    /// </summary>
    [Fact]
    public async Task Sign_in_attempts_past_the_limit_get_a_429_page_with_retry_after_whatever_address_they_claim()
    {
        using var client = server.CreateClient();
        var answers = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < TightlyLimitedSite.Limit; attempt++)
        {
            using var answer = await PostLoginAsync(client, forwardedFor: $"203.0.113.{attempt + 1}");
            answers.Add(answer.StatusCode);
        }

        using var refused = await PostLoginAsync(client, forwardedFor: "203.0.113.99");
        var page = await refused.Content.ReadAsStringAsync();

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "No Retry-After header.");
        Assert.Contains("Quá nhiều yêu cầu", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).Status);
    }

    [Fact]
    public async Task The_429_page_speaks_English_to_who_chose_English()
    {
        using var client = server.CreateClient();
        await client.PostWithoutTokenAsync("/culture", [new("culture", "en"), new("returnUrl", "/")]);
        for (var attempt = 0; attempt <= TightlyLimitedSite.Limit; attempt++)
        {
            await client.AskForPasswordResetAsync($"nobody{attempt}@demo.edu.vn");
        }

        var refused = await client.AskForPasswordResetAsync("nobody@demo.edu.vn");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.True(refused.Shows("Too many requests"), refused.Text);
    }

    internal static async Task<HttpResponseMessage> PostLoginAsync(SiteClient client, string? forwardedFor = null)
    {
        var form = await client.GetAsync("/account/login");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/login", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([
                new("Email", "guess@demo.edu.vn"), new("Password", "wrong-password"),
                new("__RequestVerificationToken", form.AntiforgeryToken())]),
        };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        return await client.Raw.SendAsync(request);
    }

    /// <summary>The site with limits small enough to reach in a test, and windows long enough not to reopen in one.</summary>
    public sealed class TightlyLimitedSite : SiteServer
    {
        public const int Limit = 3;

        public TightlyLimitedSite()
            : base(DatabaseEngine.Sqlite)
        {
            LimitTightly(this);
        }

        internal static void LimitTightly(SiteServer site)
        {
            foreach (var policy in new[] { "Login", "PasswordReset", "Verify" })
            {
                site.With($"RateLimits:{policy}:PermitLimit", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
                site.With($"RateLimits:{policy}:WindowSeconds", "3600");
            }
        }
    }
}

/// <summary>
/// Behind a reverse proxy named in <c>Site:KnownProxies</c>, the limit applies to the address the proxy forwards:
/// the people of one school behind one proxy do not use up each other's attempts.
/// </summary>
public sealed class RateLimitBehindProxySpecs(RateLimitBehindProxySpecs.SiteBehindProxy server) : IClassFixture<RateLimitBehindProxySpecs.SiteBehindProxy>
{
    [Fact]
    public async Task Each_forwarded_client_address_has_its_own_limit()
    {
        using var client = server.CreateClient();
        var spread = new List<HttpStatusCode>();
        for (var attempt = 0; attempt <= RateLimitSpecs.TightlyLimitedSite.Limit * 2; attempt++)
        {
            using var answer = await RateLimitSpecs.PostLoginAsync(client, forwardedFor: $"198.51.100.{attempt + 1}");
            spread.Add(answer.StatusCode);
        }
        var same = new List<HttpStatusCode>();
        for (var attempt = 0; attempt <= RateLimitSpecs.TightlyLimitedSite.Limit; attempt++)
        {
            using var answer = await RateLimitSpecs.PostLoginAsync(client, forwardedFor: "198.51.100.200");
            same.Add(answer.StatusCode);
        }

        Assert.All(spread, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, same[^1]);
    }

    public sealed class SiteBehindProxy : SiteServer
    {
        public SiteBehindProxy()
            : base(DatabaseEngine.Sqlite)
        {
            RateLimitSpecs.TightlyLimitedSite.LimitTightly(this);
            With("Site:KnownProxies:0", "127.0.0.1");
        }
    }
}
