using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ChildSafety.Browser.Tests;

/// <summary>
/// An awareness article from an editor's desk to a pupil's phone: an image uploaded with its description, the article
/// written in Markdown with the preview following the typing, published, changed, compared, restored and republished;
/// then found on a phone by a search typed without accents, with the image in a width that fits.
/// </summary>
public sealed class EditorJourneys(SiteInBrowser site) : IClassFixture<SiteInBrowser>
{
    private const string Title = "Xâm hại ở bến đò: điều em cần biết";
    private const string Advice = "Hãy đi đò cùng người lớn mà em tin cậy.";
    private const string ChangedAdvice = "Hãy đi đò cùng một nhóm bạn.";
    private const string Alt = "Áp phích Gọi 111 ở cổng trường";

    [Fact]
    public async Task An_editor_publishes_revises_and_restores_an_article_with_an_image_and_a_phone_finds_it_without_accents()
    {
        var editor = await site.OpenAsync();
        await editor.SignInAsync(DemoAccounts.Editor);
        var image = await UploadPosterAsync(editor);

        await editor.GotoAsync("/admin/content/edit");
        await editor.Locator("#Input_Type").SelectOptionAsync("AwarenessArticle");
        await editor.Locator("#Input_Title").FillAsync(Title);
        await editor.Locator("#Input_Body").FillAsync(Body(Advice, image));
        await Assertions.Expect(editor.Locator("#preview h2")).ToContainTextAsync("Khi phải qua sông");
        await Assertions.Expect(editor.Locator("#preview img[srcset]")).ToHaveAttributeAsync("alt", Alt);
        await PublishAsync(editor, version: 1);

        await editor.Locator("#Input_Body").FillAsync(Body(ChangedAdvice, image));
        await PublishAsync(editor, version: 2);

        await editor.GetByRole(AriaRole.Link, new() { Name = "Các phiên bản, so sánh và khôi phục" }).ClickAsync();
        await editor.GetByLabel("So sánh phiên bản").SelectOptionAsync("1");
        await editor.GetByLabel("với phiên bản").SelectOptionAsync("2");
        await editor.GetByRole(AriaRole.Button, new() { Name = "So sánh", Exact = true }).ClickAsync();
        await Assertions.Expect(editor.Locator(".diff__removed")).ToContainTextAsync(Advice);
        await Assertions.Expect(editor.Locator(".diff__added")).ToContainTextAsync(ChangedAdvice);

        var first = editor.GetByRole(AriaRole.Row).Filter(new() { Has = editor.GetByRole(AriaRole.Cell, new() { Name = "1", Exact = true }) });
        await first.GetByRole(AriaRole.Button, new() { Name = "Khôi phục thành bản nháp" }).ClickAsync();
        await Assertions.Expect(editor.GetByText("Đã khôi phục phiên bản 1 thành bản nháp.")).ToBeVisibleAsync();
        await Assertions.Expect(editor.Locator("#Input_Body")).ToHaveValueAsync(new Regex(Regex.Escape(Advice)));
        await PublishAsync(editor, version: 3);
        await editor.Context.CloseAsync();

        var phone = await site.OpenAsync(width: 390, height: 844);
        await phone.GotoAsync("/search");
        await phone.GetByLabel("Tìm trong sổ tay, bài học, bài viết và tin tức").FillAsync("xam hai ben do");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).ClickAsync();
        await phone.Locator(".search-results").GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await Assertions.Expect(phone.Locator(".prose")).ToContainTextAsync(Advice);
        await Assertions.Expect(phone.Locator(".prose")).Not.ToContainTextAsync(ChangedAdvice);
        var picture = phone.Locator(".prose img[srcset]");
        await picture.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(picture).ToHaveAttributeAsync("alt", Alt);
        await Assertions.Expect(picture).ToHaveAttributeAsync("loading", "lazy");
        await phone.WaitForFunctionAsync("() => { const i = document.querySelector('.prose img[srcset]'); return i.complete && i.naturalWidth > 0; }");
        Assert.EndsWith("-640.webp", await picture.EvaluateAsync<string>("i => i.currentSrc"), StringComparison.Ordinal);
        await phone.Context.CloseAsync();
    }

    /// <summary>Uploads the demo poster with its description; the details page offers the Markdown that shows it.</summary>
    private static async Task<string> UploadPosterAsync(IPage editor)
    {
        await editor.GotoAsync("/admin/media/upload");
        await editor.Locator("#File").SetInputFilesAsync(new FilePayload
        {
            Name = "ap-phich.png",
            MimeType = "image/png",
            Buffer = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Path, "content", "posters", "goi-111.png")),
        });
        await editor.GetByLabel("Mô tả ảnh (văn bản thay thế, bắt buộc với ảnh)").FillAsync(Alt);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Tải lên", Exact = true }).ClickAsync();
        await Assertions.Expect(editor.GetByText("Đã tải lên ap-phich.png.")).ToBeVisibleAsync();
        var markdown = await editor.Locator("#markdown").InputValueAsync();
        Assert.StartsWith($"![{Alt}](/media/", markdown, StringComparison.Ordinal);
        return markdown;
    }

    /// <summary>Waits for the version number rather than the message, which the previous publication also showed.</summary>
    private static async Task PublishAsync(IPage editor, int version)
    {
        await editor.GetByRole(AriaRole.Button, new() { Name = "Lưu và xuất bản", Exact = true }).ClickAsync();
        await Assertions.Expect(editor.GetByText($"Phiên bản công khai: {version}", new() { Exact = true })).ToBeVisibleAsync();
    }

    private static string Body(string advice, string image) =>
        $"Nhiều em phải qua sông bằng đò để tới trường.\n\n## Khi phải qua sông\n\n{advice}\n\n{image}\n";
}
