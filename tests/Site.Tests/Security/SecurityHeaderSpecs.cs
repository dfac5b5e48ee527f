using System.Net;

namespace ChildSafety.Site.Tests.Security;

/// <summary>
/// Every page the site maps, every static file and every error page carries the browser-side protections: a strict
/// Content-Security-Policy without inline script, nosniff, a referrer policy, no framing, and cookies the page's
/// script cannot read.
/// </summary>
public sealed class SecurityHeaderSpecs(SqliteSite server) : IClassFixture<SqliteSite>
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "frame-src https://player.vimeo.com https://www.youtube-nocookie.com; frame-ancestors 'none'; "
        + "form-action 'self'; base-uri 'self'; object-src 'none'";

    [Fact]
    public async Task Every_page_the_site_maps_carries_the_security_headers()
    {
        using var administrator = server.CreateClient();
        await administrator.SignInAsync(DemoAccounts.Administrator);
        var pages = (await SiteEndpoints.AllAsync(server)).Where(e => e.Methods.Contains("GET")).ToList();

        foreach (var endpoint in pages)
        {
            using var response = await administrator.Raw.GetAsync(new Uri(AddressOf(endpoint), UriKind.Relative));
            AssertProtected(response, endpoint.ToString());
        }
        Assert.True(pages.Count > 20, $"Only {pages.Count} pages found.");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/_content/ChildSafety.Themes.SafeSchool/css/site.css")]
    [InlineData("/no-such-page")]
    [InlineData("/admin")]
    public async Task Anonymous_responses_pages_files_and_errors_carry_them_too(string path)
    {
        using var anonymous = server.CreateClient();

        using var response = await anonymous.Raw.GetAsync(new Uri(path, UriKind.Relative));

        AssertProtected(response, path);
    }

    [Fact]
    public async Task Sign_in_and_antiforgery_cookies_are_http_only_and_same_site()
    {
        using var client = server.CreateClient();
        using var form = await client.Raw.GetAsync(new Uri("/account/login", UriKind.Relative));
        var antiforgery = SetCookie(form, "childsafety.af");
        var page = new Page(form.StatusCode, form.RequestMessage!.RequestUri!, await form.Content.ReadAsStringAsync());

        using var content = new FormUrlEncodedContent([
            new("Email", DemoAccounts.Teacher), new("Password", DemoAccounts.Password),
            new("__RequestVerificationToken", page.AntiforgeryToken())]);
        using var signedIn = await client.Raw.PostAsync(new Uri("/account/login", UriKind.Relative), content);
        var auth = SetCookie(signedIn, SiteClient.AuthCookie);

        Assert.Contains("httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", auth, StringComparison.OrdinalIgnoreCase);
        // Plain HTTP on loopback here; behind HTTPS the same cookies are marked Secure (SecurePolicy SameAsRequest).
        Assert.DoesNotContain("secure", auth.Replace("samesite", "", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task No_page_carries_inline_script_or_style_attributes()
    {
        using var administrator = server.CreateClient();
        await administrator.SignInAsync(DemoAccounts.Administrator);

        foreach (var endpoint in (await SiteEndpoints.AllAsync(server)).Where(e => e.Methods.Contains("GET")))
        {
            var page = await administrator.GetAsync(AddressOf(endpoint));
            Assert.DoesNotMatch(@"<script(?![^>]*\ssrc=)[^>]*>", page.Html);
            Assert.DoesNotMatch(@"\sstyle=""", page.Html);
            Assert.DoesNotMatch(@"<[^>]+\son[a-z]+=""", page.Html);
        }
    }

    /// <summary>The error page answers 500 unless told which error it shows; every other page must not.</summary>
    private static string AddressOf(SiteEndpoint endpoint) =>
        endpoint.Pattern == "error" ? "/error?code=404" : SiteEndpointUrls.Fill(endpoint.Pattern);

    private static void AssertProtected(HttpResponseMessage response, string what)
    {
        Assert.True((int)response.StatusCode < 500, $"{what} answered {(int)response.StatusCode}.");
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), $"{what} has no Content-Security-Policy.");
        Assert.Equal(Policy, Assert.Single(csp));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    private static string SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith(name + "=", StringComparison.Ordinal)) ?? throw new InvalidOperationException($"{name} not set.")
            : throw new InvalidOperationException($"No cookies set; looking for {name}.");
}
