using System.Xml.Linq;
using ChildSafety.Content.Items;
using ChildSafety.Content.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests;

/// <summary>The sitemap for search engines and the Atom feed for readers, both cached and both current after a publication.</summary>
public abstract class FeedSpecs(SiteServer server)
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [EngineFact]
    public async Task The_sitemap_lists_the_published_handbook_with_absolute_addresses()
    {
        using var visitor = server.CreateClient();

        var sitemap = XDocument.Parse((await visitor.GetAsync("/sitemap.xml")).Html);

        var addresses = sitemap.Root!.Elements(Sitemaps + "url").Select(u => (string)u.Element(Sitemaps + "loc")!).ToList();
        Assert.Contains(addresses, a => a.StartsWith(server.BaseAddress + "handbook/", StringComparison.Ordinal));
        Assert.All(addresses, a => Assert.StartsWith("http", a, StringComparison.Ordinal));
    }

    [EngineFact]
    public async Task A_new_publication_appears_in_the_feed_at_once()
    {
        using var visitor = server.CreateClient();
        var before = XDocument.Parse((await visitor.GetAsync("/feed.xml")).Html);
        Assert.Equal("vi", (string?)before.Root!.Attribute(XNamespace.Xml + "lang"));
        var title = "Tin mới " + Guid.NewGuid().ToString("N")[..6];
        var editor = await server.ScopeOfAsync(DemoAccounts.Editor);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<ContentEditor>();
            var created = await content.CreateAsync(editor, new ContentDraft(ContentType.News, title, null, "Tóm tắt", "Nội dung.", null, [], Audience.Parents), default);
            Assert.True((await content.PublishAsync(editor, created.Item!.Id, created.Item.Revision, default)).Succeeded);
        }

        var after = XDocument.Parse((await visitor.GetAsync("/feed.xml")).Html);

        Assert.Equal(title, (string?)after.Root!.Elements(Atom + "entry").First().Element(Atom + "title"));
    }
}

public sealed class FeedOnSqlite(SqliteSite server) : FeedSpecs(server), IClassFixture<SqliteSite>;

public sealed class FeedOnPostgres(PostgresSite server) : FeedSpecs(server), IClassFixture<PostgresSite>;
