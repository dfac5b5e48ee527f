using System.Net;
using System.Text.RegularExpressions;

namespace ChildSafety.Themes.SafeSchool.Tests;

/// <summary>The SafeSchool layout as the real site renders it, on every kind of page a person can land on.</summary>
public sealed partial class LayoutSpecs(SqliteSite server) : IClassFixture<SqliteSite>
{
    public static TheoryData<string, string?, HttpStatusCode> PageTypes => new()
    {
        { "/", null, HttpStatusCode.OK },
        { "/account/login", null, HttpStatusCode.OK },
        { "/account/forgot-password", null, HttpStatusCode.OK },
        { "/account/reset-password?email=teacher%40demo.edu.vn&token=x", null, HttpStatusCode.OK },
        { "/no-such-page", null, HttpStatusCode.NotFound },
        { "/admin", DemoAccounts.Administrator, HttpStatusCode.OK },
        { "/admin", DemoAccounts.Teacher, HttpStatusCode.Forbidden },
    };

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Every_page_type_carries_the_hotline_111_and_a_skip_link_to_the_main_content(string path, string? signedInAs, HttpStatusCode status)
    {
        using var client = server.CreateClient();
        if (signedInAs is not null)
        {
            await client.SignInAsync(signedInAs);
        }

        var page = await client.GetAsync(path);

        Assert.Equal(status, page.Status);
        Assert.Contains("href=\"tel:111\"", page.Html, StringComparison.Ordinal);
        Assert.Matches(SkipLink(), page.Html);
        Assert.Contains("<main id=\"main\"", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stylesheet_is_served_and_has_rules_for_print()
    {
        using var client = server.CreateClient();
        var home = await client.GetAsync("/");
        var href = WebUtility.HtmlDecode(StylesheetLink().Match(home.Html).Groups[1].Value);

        using var response = await client.Raw.GetAsync(new Uri(href, UriKind.Relative));
        var css = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(PrintMediaRule(), css);
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/account/forgot-password")]
    public async Task The_language_switch_keeps_the_reader_on_the_same_page(string path)
    {
        using var client = server.CreateClient();
        var page = await client.GetAsync(path);

        var switched = await client.PostAsync("/culture", page.AntiforgeryToken(), [new("culture", "en"), new("returnUrl", page.InputValue("returnUrl"))]);

        Assert.Equal(path, switched.Path);
        Assert.Equal("en", switched.Language);
        Assert.Equal("vi", page.Language);
    }

    [GeneratedRegex("<a [^>]*class=\"skip-link\"[^>]*href=\"#main\"|<a [^>]*href=\"#main\"[^>]*class=\"skip-link\"")]
    private static partial Regex SkipLink();

    [GeneratedRegex("<link [^>]*rel=\"stylesheet\"[^>]*href=\"([^\"]*site\\.css[^\"]*)\"")]
    private static partial Regex StylesheetLink();

    [GeneratedRegex(@"@media\s+print\s*\{")]
    private static partial Regex PrintMediaRule();
}
