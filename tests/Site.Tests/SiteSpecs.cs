using System.Net;

namespace ChildSafety.Site.Tests;

/// <summary>What anyone sees first: the site answers, speaks Vietnamese, shows the hotline, and switches to English.</summary>
public abstract class SiteSpecs(SiteServer server)
{
    [EngineFact]
    public async Task Health_check_answers_200()
    {
        using var client = server.CreateClient();
        using var response = await client.Raw.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [EngineFact]
    public async Task Home_page_is_in_Vietnamese_and_shows_the_hotline_111()
    {
        using var client = server.CreateClient();

        var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Equal("vi", home.Language);
        Assert.Contains("href=\"tel:111\"", home.Html, StringComparison.Ordinal);
        Assert.True(home.Shows("Tổng đài quốc gia bảo vệ trẻ em 111"));
    }

    [EngineFact]
    public async Task Choosing_English_shows_the_page_in_English()
    {
        using var client = server.CreateClient();

        // The language switch sits on cacheable public pages, so its form carries no antiforgery token.
        var home = await client.PostWithoutTokenAsync("/culture", [new("culture", "en"), new("returnUrl", "/")]);

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Equal("/", home.Path);
        Assert.Equal("en", home.Language);
        Assert.Contains("href=\"tel:111\"", home.Html, StringComparison.Ordinal);
    }
}

public sealed class SiteOnSqlite(SqliteSite server) : SiteSpecs(server), IClassFixture<SqliteSite>;

public sealed class SiteOnPostgres(PostgresSite server) : SiteSpecs(server), IClassFixture<PostgresSite>;
