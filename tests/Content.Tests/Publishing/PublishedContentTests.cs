using ChildSafety.Content.Items;
using ChildSafety.Content.Publishing;
using ChildSafety.Content.Reading;
using ChildSafety.Content.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Content.Tests.Publishing;

public sealed class PublishedContentTests : IAsyncLifetime
{
    private readonly ContentDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task The_public_sees_only_published_items_and_only_their_published_text()
    {
        var published = await PublishAsync(Drafts.Chapter("Chương đã xuất bản", body: "Bản công khai."));
        await Editor(e => e.SaveDraftAsync(People.ProvinceEditor, published.Id, published.Revision, Drafts.Chapter("Chương đã xuất bản", body: "Bản nháp mới."), default));
        await Editor(e => e.CreateAsync(People.ProvinceEditor, Drafts.Chapter("Chương nháp"), default));
        var archived = await PublishAsync(Drafts.Chapter("Chương cũ"));
        await Editor(e => e.ArchiveAsync(People.ProvinceEditor, archived.Id, archived.Revision, default));

        var chapters = await Read(c => c.ChaptersAsync(default));

        var only = Assert.Single(chapters);
        Assert.Equal("Chương đã xuất bản", only.Title);
        Assert.Contains("Bản công khai.", only.Html);
        Assert.Null(await Read(c => c.FindAsync(ContentType.HandbookChapter, archived.Slug, default)));
    }

    [Fact]
    public async Task Handbook_chapters_come_in_their_order()
    {
        await PublishAsync(Drafts.Chapter("Chương hai") with { Order = 2 });
        await PublishAsync(Drafts.Chapter("Chương một") with { Order = 1 });

        var chapters = await Read(c => c.ChaptersAsync(default));

        Assert.Equal(["Chương một", "Chương hai"], chapters.Select(c => c.Title));
    }

    [Fact]
    public async Task Articles_filter_by_topic_and_audience()
    {
        var article = Drafts.Chapter() with { Type = ContentType.AwarenessArticle };
        await PublishAsync(article with { Title = "Cho cha mẹ về mạng", Topics = ["online-safety"], Audience = Audience.Parents });
        await PublishAsync(article with { Title = "Cho học sinh về mạng", Topics = ["online-safety", "self-protection"], Audience = Audience.Pupils | Audience.Parents });
        await PublishAsync(article with { Title = "Cho học sinh về 111", Topics = ["hotline-111"], Audience = Audience.Pupils });

        var online = await Read(c => c.ListAsync(ContentType.AwarenessArticle, "online-safety", null, 1, 10, default));
        var forPupils = await Read(c => c.ListAsync(ContentType.AwarenessArticle, null, Audience.Pupils, 1, 10, default));

        Assert.Equal(2, online.Total);
        Assert.Equal(["Cho học sinh về 111", "Cho học sinh về mạng"], forPupils.Rows.Select(r => r.Title).Order());
    }

    private async Task<ContentItem> PublishAsync(ContentDraft draft)
    {
        var created = await Editor(e => e.CreateAsync(People.ProvinceEditor, draft, default));
        return await Editor(e => e.PublishAsync(People.ProvinceEditor, created.Id, created.Revision, default));
    }

    private Task<ContentItem> Editor(Func<ContentEditor, Task<EditResult>> edit) => _database.EditAsync(edit);

    private Task<T> Read<T>(Func<PublishedContent, Task<T>> read) =>
        _database.WithAsync(sp => read(sp.GetRequiredService<PublishedContent>()));
}
