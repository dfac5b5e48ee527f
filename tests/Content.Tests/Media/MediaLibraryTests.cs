using ChildSafety.Content.Media;
using ChildSafety.Content.Rendering;
using ChildSafety.Content.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Content.Tests.Media;

public sealed class MediaLibraryTests : IAsyncLifetime
{
    private readonly ContentDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task An_uploaded_image_renders_with_every_variant_in_its_srcset()
    {
        var image = await UploadAsync(TestFiles.Png(1200, 600), "Sân trường");

        var html = _database.Services.GetRequiredService<MarkdownRenderer>().Render(image.Markdown);

        Assert.Contains($"srcset=\"{MediaPaths.VariantUrl(image.Folder, image.Id, 320)} 320w, {MediaPaths.VariantUrl(image.Folder, image.Id, 640)} 640w, {MediaPaths.VariantUrl(image.Folder, image.Id, 1024)} 1024w, {MediaPaths.VariantUrl(image.Folder, image.Id, 1200)} 1200w\"", html);
        Assert.Contains("width=\"1024\" height=\"512\"", html);
        Assert.Contains("loading=\"lazy\"", html);
        Assert.Contains("alt=\"Sân trường\"", html);
        Assert.DoesNotContain("style", html);
    }

    [Fact]
    public void An_editors_own_srcset_never_survives()
    {
        var html = _database.Services.GetRequiredService<MarkdownRenderer>().Render("<img src=\"/a.png\" srcset=\"javascript:alert(1) 1w\" alt=\"x\">");

        Assert.DoesNotContain("srcset", html);
    }

    [Fact]
    public async Task An_image_without_alt_text_is_refused_and_nothing_is_stored()
    {
        var result = await _database.WithAsync(sp => Upload(sp, TestFiles.Png(400, 300), "  "));

        Assert.False(result.Succeeded);
        Assert.Equal(MediaLibrary.AltTextField, result.Outcome.Errors.Single().Key);
        Assert.Equal(0, await _database.DbAsync(db => db.Media.CountAsync()));
    }

    [Fact]
    public async Task A_file_shown_by_content_cannot_be_deleted()
    {
        var image = await UploadAsync(TestFiles.Png(400, 300), "Áp phích");
        await _database.EditAsync(e => e.CreateAsync(People.SchoolAdmin, Drafts.Chapter(body: image.Markdown), default));

        var refused = await _database.WithAsync(sp => sp.GetRequiredService<MediaLibrary>().DeleteAsync(People.SchoolAdmin, image.Id, default));

        Assert.False(refused.Succeeded);
        Assert.Equal(1, await _database.DbAsync(db => db.Media.CountAsync()));
    }

    [Fact]
    public async Task Another_school_cannot_delete_a_schools_file()
    {
        var image = await UploadAsync(TestFiles.Png(400, 300), "Áp phích");

        var refused = await _database.WithAsync(sp => sp.GetRequiredService<MediaLibrary>().DeleteAsync(People.OtherSchoolAdmin, image.Id, default));

        Assert.False(refused.Succeeded);
        Assert.Equal(1, await _database.DbAsync(db => db.Media.CountAsync()));
    }

    private async Task<MediaItem> UploadAsync(byte[] content, string alt)
    {
        var result = await _database.WithAsync(sp => Upload(sp, content, alt));
        Assert.True(result.Succeeded, string.Join("; ", result.Outcome.Errors.Select(e => e.Value)));
        return result.Item!;
    }

    private static async Task<MediaResult> Upload(IServiceProvider services, byte[] content, string alt)
    {
        using var stream = new MemoryStream(content);
        return await services.GetRequiredService<MediaLibrary>().UploadAsync(People.SchoolAdmin, stream, "anh.png", alt, default);
    }
}
