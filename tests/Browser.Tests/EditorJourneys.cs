using Microsoft.Playwright;

namespace ChildSafety.Browser.Tests;

/// <summary>An image from an editor's computer to a pupil's phone: uploaded, written into an article, previewed, published, seen.</summary>
public sealed class MediaJourneys(SiteInBrowser site) : IClassFixture<SiteInBrowser>
{
    [Fact]
    public async Task An_editor_publishes_an_article_with_an_image_and_a_phone_loads_a_variant_that_fits()
    {
        var editor = await site.OpenAsync();
        await editor.SignInAsync(DemoAccounts.Editor);
        await editor.GotoAsync("/admin/media/upload");
        await editor.Locator("#File").SetInputFilesAsync(new FilePayload
        {
            Name = "ap-phich.png",
            MimeType = "image/png",
            Buffer = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Path, "content", "posters", "goi-111.png")),
        });
        await editor.GetByLabel("Mô tả ảnh (văn bản thay thế, bắt buộc với ảnh)").FillAsync("Áp phích Gọi 111 ở cổng trường");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Tải lên", Exact = true }).ClickAsync();
        await Assertions.Expect(editor.GetByText("Đã tải lên ap-phich.png.")).ToBeVisibleAsync();
        var markdown = await editor.Locator("#markdown").InputValueAsync();
        Assert.StartsWith("![Áp phích Gọi 111 ở cổng trường](/media/", markdown, StringComparison.Ordinal);

        var title = "Ảnh áp phích " + Guid.NewGuid().ToString("N")[..6];
        await editor.GotoAsync("/admin/content/edit");
        await editor.Locator("#Input_Type").SelectOptionAsync("AwarenessArticle");
        await editor.Locator("#Input_Title").FillAsync(title);
        await editor.Locator("#Input_Body").FillAsync($"Dán áp phích này ở cổng trường.\n\n{markdown}\n");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Xem trước", Exact = true }).ClickAsync();
        await Assertions.Expect(editor.Locator("#preview img[srcset]")).ToBeVisibleAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Lưu và xuất bản", Exact = true }).ClickAsync();
        await Assertions.Expect(editor.GetByText("Đã xuất bản.")).ToBeVisibleAsync();
        var address = await editor.GetByRole(AriaRole.Link, new() { Name = "Xem trang công khai" }).GetAttributeAsync("href");
        await editor.Context.CloseAsync();

        var phone = await site.OpenAsync(width: 390, height: 844);
        await phone.GotoAsync(address!);
        var image = phone.Locator(".prose img[srcset]");
        await image.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(image).ToHaveAttributeAsync("alt", "Áp phích Gọi 111 ở cổng trường");
        await Assertions.Expect(image).ToHaveAttributeAsync("loading", "lazy");
        await phone.WaitForFunctionAsync("() => { const i = document.querySelector('.prose img[srcset]'); return i.complete && i.naturalWidth > 0; }");
        Assert.EndsWith("-640.webp", await image.EvaluateAsync<string>("i => i.currentSrc"), StringComparison.Ordinal);
        await phone.Context.CloseAsync();
    }
}
