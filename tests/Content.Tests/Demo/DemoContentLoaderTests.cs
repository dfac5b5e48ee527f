using ChildSafety.Content.Items;
using ChildSafety.Content.Tests.Support;
using ChildSafety.Core.Data;
using ChildSafety.Core.Modules;
using ChildSafety.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Content.Tests.Demo;

public sealed class DemoContentLoaderTests : IAsyncLifetime
{
    private readonly ContentDatabase _database = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "childsafety-demo-" + Guid.NewGuid().ToString("N"));

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        Directory.CreateDirectory(Path.Combine(_folder, "handbook"));
        Directory.CreateDirectory(Path.Combine(_folder, "lessons"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "handbook", "01.md"), "---\ntype: HandbookChapter\ntitle: Nhận biết xâm hại\norder: 1\naudience: [staff]\n---\nNội dung gốc.\n");
        await File.WriteAllTextAsync(Path.Combine(_folder, "lessons", "01.md"), "---\ntype: Lesson\ntitle: Gọi 111\ntopics: [hotline-111]\n---\nBài học.\n");
        await _database.WithAsync(async sp =>
        {
            var core = sp.GetRequiredService<CoreDbContext>();
            var province = new Organization { Code = "SGD-BM", Name = "Sở GD&ĐT tỉnh Bình Minh", Kind = OrganizationKind.Province };
            core.Organizations.Add(province);
            await core.SaveChangesAsync();
            province.Path = OrganizationPath.Root(province.Id);
            await core.SaveChangesAsync();
        });
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Demo_content_is_published_once_owned_by_the_province_however_often_it_loads()
    {
        await LoadAsync();
        await LoadAsync();

        var items = await _database.DbAsync(db => db.Items.Include(i => i.Versions).ToListAsync());
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal(ContentState.Published, i.State));
        Assert.All(items, i => Assert.Single(i.Versions));
        Assert.All(items, i => Assert.True(ContentAccess.IsRootPath(i.OwnerPath)));
    }

    [Fact]
    public async Task Loading_again_never_undoes_an_editors_change()
    {
        await LoadAsync();
        var chapter = await _database.DbAsync(db => db.Items.SingleAsync(i => i.Type == ContentType.HandbookChapter));
        var editor = new CallerScope(Guid.NewGuid(), chapter.OwnerOrganizationId, chapter.OwnerPath, [Core.People.Roles.Editor]);
        await _database.EditAsync(e => e.SaveDraftAsync(editor, chapter.Id, chapter.Revision,
            Drafts.Chapter("Nhận biết xâm hại", body: "Đã sửa.").With(slug: chapter.Slug), default));

        await LoadAsync();

        Assert.Equal("Đã sửa.", (await _database.DbAsync(db => db.Items.SingleAsync(i => i.Id == chapter.Id))).Body);
    }

    private Task LoadAsync() => _database.WithAsync(async sp =>
    {
        foreach (var loader in sp.GetServices<IDemoContent>())
        {
            await loader.LoadAsync(_folder, default);
        }
    });
}
