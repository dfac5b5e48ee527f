using System.Net;
using ChildSafety.Content.Items;
using ChildSafety.Content.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests;

/// <summary>The public search on each engine's own full-text index: FTS5 on SQLite, a GIN tsvector on PostgreSQL.</summary>
public abstract class SearchSpecs(SiteServer server)
{
    [EngineFact]
    public async Task A_search_without_accents_finds_the_accented_handbook_and_marks_the_words()
    {
        using var visitor = server.CreateClient();

        var results = await visitor.GetAsync("/search?q=xam+hai");

        Assert.Equal(HttpStatusCode.OK, results.Status);
        Assert.Contains("kết quả cho “xam hai”", results.Text, StringComparison.Ordinal);
        Assert.Contains("<mark>xâm</mark> <mark>hại</mark>", results.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"/handbook/", results.Html, StringComparison.Ordinal);
    }

    [EngineFact]
    public async Task What_is_published_is_found_at_once_and_what_is_taken_down_is_not()
    {
        var word = "tuyenchon" + Guid.NewGuid().ToString("N")[..6];
        var editor = await server.ScopeOfAsync(DemoAccounts.Editor);
        await using var scope = server.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<ContentEditor>();
        var created = await content.CreateAsync(editor, new ContentDraft(ContentType.News, $"Tin {word}", null, "Tóm tắt", $"Nội dung có từ {word}.", null, [], Audience.Staff), default);
        using var visitor = server.CreateClient();

        Assert.True((await visitor.GetAsync($"/search?q={word}")).Shows("Không tìm thấy nội dung nào"));
        var published = await content.PublishAsync(editor, created.Item!.Id, created.Item.Revision, default);
        Assert.True(published.Succeeded);
        Assert.True((await visitor.GetAsync($"/search?q={word}")).Shows("1 kết quả"));

        var unpublished = await content.UnpublishAsync(editor, created.Item.Id, published.Item!.Revision, default);
        Assert.True(unpublished.Succeeded);
        Assert.True((await visitor.GetAsync($"/search?q={word}")).Shows("Không tìm thấy nội dung nào"));
    }

    [EngineFact]
    public async Task Query_syntax_and_nonsense_get_an_ordinary_answer()
    {
        using var visitor = server.CreateClient();

        foreach (var typed in new[] { "\"unbalanced", "hai OR NOT (", "*", "'; DROP TABLE \"ContentVersions\"; --", new string('a', 5000), "?q=%00" })
        {
            var page = await visitor.GetAsync($"/search?q={Uri.EscapeDataString(typed)}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
        }
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/search?q=em&page=999")).Status);
    }
}

public sealed class SearchOnSqlite(SqliteSite server) : SearchSpecs(server), IClassFixture<SqliteSite>;

public sealed class SearchOnPostgres(PostgresSite server) : SearchSpecs(server), IClassFixture<PostgresSite>;
