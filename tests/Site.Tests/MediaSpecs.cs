using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using ChildSafety.Content.Tests.Media;
using SkiaSharp;

namespace ChildSafety.Site.Tests;

/// <summary>The media library through the real site: uploads by form, WebP variants under /media, nothing else under /media.</summary>
public abstract partial class MediaSpecs(SiteServer server)
{
    [EngineFact]
    public async Task An_editor_uploads_an_image_and_its_webp_variants_are_served_for_a_year()
    {
        using var editor = server.CreateClient();
        await editor.SignInAsync(DemoAccounts.Editor);

        var details = await editor.UploadAsync("/admin/media/upload", "File", "san-truong.png", TestFiles.Png(1300, 650), "image/png",
            [KeyValuePair.Create("AltText", "Học sinh chơi ở sân trường")]);

        Assert.True(details.Shows("Đã tải lên san-truong.png."), details.Text);
        var markdown = LibraryImage().Match(details.Text);
        Assert.True(markdown.Success, details.Text);
        Assert.Equal("Học sinh chơi ở sân trường", markdown.Groups["alt"].Value);
        using var visitor = new HttpClient { BaseAddress = server.BaseAddress };
        foreach (var width in new[] { 320, 640, 1024, 1300 })
        {
            using var response = await visitor.GetAsync(new Uri($"{markdown.Groups["stem"].Value}-{width}.webp", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
            using var codec = SKCodec.Create(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
            Assert.Equal(width, codec.Info.Width);
        }
        Assert.True((await editor.GetAsync("/admin/media?q=san+truong")).Shows("san-truong.png"));
    }

    [EngineFact]
    public async Task A_program_renamed_png_is_refused_with_a_message_and_nothing_is_stored()
    {
        using var editor = server.CreateClient();
        await editor.SignInAsync(DemoAccounts.Editor);
        var before = await FileCountAsync(editor);

        var page = await editor.UploadAsync("/admin/media/upload", "File", "anh.png", [0x7F, (byte)'E', (byte)'L', (byte)'F', .. new byte[200]], "image/png",
            [KeyValuePair.Create("AltText", "Ảnh")]);

        Assert.Equal("/admin/media/upload", page.Path);
        Assert.True(page.Shows("Chỉ nhận ảnh JPEG, PNG, WebP hoặc tài liệu PDF"), page.Text);
        Assert.Equal(before, await FileCountAsync(editor));
    }

    private static readonly (string Name, byte[] Content, string Message)[] BombsAndBrokenFiles =
    [
        ("bom.png", TestFiles.PngClaiming(50_000, 50_000), "Ảnh 50000 × 50000 điểm ảnh là quá lớn"),
        ("cat-do.png", TestFiles.Truncated(TestFiles.Png(1300, 650)), "Không đọc được ảnh này; tệp có thể bị hỏng."),
        ("cat-do.jpg", TestFiles.Truncated(TestFiles.Jpeg(1300, 650)), "Không đọc được ảnh này; tệp có thể bị hỏng."),
        ("tai-lieu.pdf", TestFiles.PdfThatIsNot(), "Tệp này không phải một tài liệu PDF đầy đủ"),
        ("anh.jpg", Encoding.UTF8.GetBytes("<html><body><img src=x onerror=alert(1)></body></html>"), "Chỉ nhận ảnh JPEG, PNG, WebP hoặc tài liệu PDF"),
    ];

    [EngineFact]
    public async Task A_bomb_a_broken_file_or_a_lying_name_is_refused_in_vietnamese_and_nothing_is_stored()
    {
        using var editor = server.CreateClient();
        await editor.SignInAsync(DemoAccounts.Editor);
        var before = await FileCountAsync(editor);

        foreach (var (name, content, message) in BombsAndBrokenFiles)
        {
            var page = await editor.UploadAsync("/admin/media/upload", "File", name, content, "image/png", [KeyValuePair.Create("AltText", "Ảnh")]);

            Assert.Equal("/admin/media/upload", page.Path);
            Assert.True(page.Shows(message), $"{name}: {page.Text}");
        }
        Assert.Equal(before, await FileCountAsync(editor));
    }

    [EngineFact]
    public async Task Nothing_outside_the_media_folder_is_served()
    {
        string[] tricks =
        [
            "/media/../site.db", "/media/%2e%2e/site.db", "/media/%2E%2E%2Fsite.db", "/media/..%2f..%2fsite.db", "/media/..%5csite.db",
            "/media/2026/11/..%2f..%2f..%2fsite.db", "/media/%252e%252e/site.db", "/media//etc/passwd", "/media/keys",
        ];
        foreach (var path in tricks)
        {
            var (status, body) = await RawGetAsync(path);

            Assert.True(status == 404, $"{path}: {status}");
            Assert.DoesNotContain("SQLite format", body, StringComparison.Ordinal);
        }
    }

    private static async Task<string> FileCountAsync(SiteClient editor) =>
        PagerTotal().Match((await editor.GetAsync("/admin/media")).Text).Value;

    /// <summary>Over a bare socket, because HttpClient would tidy the dots away before the server saw them.</summary>
    private async Task<(int Status, string Body)> RawGetAsync(string path)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {server.BaseAddress.Authority}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        return (int.Parse(response.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), response);
    }

    [GeneratedRegex(@"[0-9]+ kết quả")]
    private static partial Regex PagerTotal();

    [GeneratedRegex(@"!\[(?<alt>[^\]]+)\]\((?<stem>/media/[0-9]{4}/[0-9]{2}/[0-9a-f]{32})-[0-9]+\.webp\)")]
    private static partial Regex LibraryImage();
}

public sealed class MediaOnSqlite(SqliteSite server) : MediaSpecs(server), IClassFixture<SqliteSite>;

public sealed class MediaOnPostgres(PostgresSite server) : MediaSpecs(server), IClassFixture<PostgresSite>;
