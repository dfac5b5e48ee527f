using ChildSafety.Content.Rendering;

namespace ChildSafety.Content.Tests.Rendering;

public class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void Pipe_tables_render_as_tables() =>
        Assert.Contains("<table>", _renderer.Render("| Kênh | Số |\n| --- | --- |\n| Tổng đài | 111 |"));

    [Fact]
    public void Headings_get_ascii_anchors_for_the_table_of_contents() =>
        Assert.Contains("id=\"dau-hieu-nhan-biet\"", _renderer.Render("## Dấu hiệu nhận biết"));

    [Fact]
    public void Heading_anchors_turn_d_with_stroke_into_d_and_stay_unique()
    {
        var html = _renderer.Render("## Tổng đài 111\n\n## Tổng đài 111");
        Assert.Contains("id=\"tong-dai-111\"", html);
        Assert.Contains("id=\"tong-dai-111-2\"", html);
    }

    [Fact]
    public void Footnotes_render_with_their_back_links()
    {
        var html = _renderer.Render("Theo Luật Trẻ em[^1].\n\n[^1]: Luật Trẻ em năm 2016.");
        Assert.Contains("class=\"footnotes\"", html);
        Assert.Contains("href=\"#fn:1\"", html);
    }

    [Fact]
    public void Images_keep_their_alt_text() =>
        Assert.Contains("alt=\"Áp phích 111\"", _renderer.Render("![Áp phích 111](/media/poster.webp)"));

    [Theory]
    [InlineData("![Video](https://www.youtube.com/watch?v=dQw4w9WgXcQ)", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("![Video](https://youtu.be/dQw4w9WgXcQ)", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("![Video](https://vimeo.com/76979871)", "https://player.vimeo.com/video/76979871?dnt=1")]
    public void Video_links_become_privacy_enhanced_players(string markdown, string src)
    {
        var html = _renderer.Render(markdown);
        Assert.Contains("<iframe", html);
        Assert.Contains($"src=\"{src.Replace("&", "&amp;")}\"", html);
    }

    [Theory]
    [InlineData("<script>alert('x')</script>Xin chào")]
    [InlineData("<img src=\"x.png\" onerror=\"alert('x')\">")]
    [InlineData("[Bấm vào đây](javascript:alert('x'))")]
    [InlineData("<a href=\"JaVaScRiPt:alert('x')\">liên kết</a>")]
    [InlineData("<p onclick=\"alert('x')\">đoạn văn</p>")]
    [InlineData("<svg><script>alert('x')</script></svg>")]
    public void Nothing_that_runs_survives(string markdown)
    {
        var html = _renderer.Render(markdown).ToLowerInvariant();
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("onerror", html);
        Assert.DoesNotContain("onclick", html);
    }

    [Theory]
    [InlineData("<iframe src=\"https://evil.example/embed\"></iframe>")]
    [InlineData("<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>")]
    [InlineData("<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>")]
    public void Foreign_iframes_are_removed(string markdown) =>
        Assert.DoesNotContain("<iframe", _renderer.Render(markdown));

    [Fact]
    public void Plain_text_drops_the_markup() =>
        Assert.Equal("Gọi 111 ngay.", _renderer.PlainText("**Gọi** [111](tel:111) ngay.").Trim());
}
