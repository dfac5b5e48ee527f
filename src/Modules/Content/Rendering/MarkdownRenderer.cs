using AngleSharp.Dom;
using ChildSafety.Content.Media;
using ChildSafety.Core.Content;
using Ganss.Xss;
using Markdig;
using Markdig.Extensions.MediaLinks;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ChildSafety.Content.Rendering;

/// <summary>
/// Turns an editor's Markdown into HTML that is safe to show to children: tables, anchored headings, footnotes,
/// images and allow-listed video players survive; scripts, event handlers, javascript: links and any other iframe do
/// not. Editors are trusted people, but their text is pasted from anywhere, so nothing is trusted by default.
/// An image of the media library becomes a responsive &lt;img&gt; with every stored variant in its srcset.
/// </summary>
public sealed class MarkdownRenderer : IMarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly HtmlSanitizer _sanitizer;
    private readonly MediaStore? _media;

    public MarkdownRenderer(MediaStore? library = null)
    {
        _media = library;
        var media = new MediaOptions();
        media.Hosts.Clear();
        media.Hosts.AddRange(VideoHosts.Providers);
        // Audio and video files by extension would bypass the host allow-list; only the players above embed.
        media.ExtensionToMimeType.Clear();

        _pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseTaskLists()
            .UseAutoLinks()
            .UseMediaLinks(media)
            .Build();

        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedSchemes.Clear();
        _sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto", "tel"]);
        _sanitizer.AllowedTags.Add("iframe");
        _sanitizer.AllowedAttributes.UnionWith(["id", "class", "allowfullscreen", "frameborder", "title", "loading"]);
        _sanitizer.AllowedAttributes.Remove("style");
        _sanitizer.PostProcessNode += RemoveForeignIframes;
        _sanitizer.PostProcessNode += MakeLibraryImagesResponsive;
    }

    /// <summary>Markdown in, sanitized HTML out.</summary>
    public string Render(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }
        var document = Markdown.Parse(markdown, _pipeline);
        AnchorHeadings(document);
        return _sanitizer.Sanitize(document.ToHtml(_pipeline));
    }

    /// <summary>The words of a body without its markup, for search and for summaries.</summary>
    public string PlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdown.ToPlainText(markdown, _pipeline);

    /// <summary>
    /// Heading anchors from our own slugs rather than Markdig's, which drop "đ" ("tong-ai" for "Tổng đài"); a
    /// repeated heading gets "-2", "-3" so every anchor stays unique.
    /// </summary>
    private static void AnchorHeadings(MarkdownDocument document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var text = string.Concat(heading.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()) ?? []);
            var slug = Slugs.From(text);
            if (slug.Length == 0)
            {
                slug = "muc";
            }
            var unique = slug;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = $"{slug}-{n}";
            }
            heading.GetAttributes().Id = unique;
        }
    }

    /// <summary>
    /// Runs after the sanitizer has checked the node, so srcset and sizes — which it would not check as addresses —
    /// come only from the library, never from the editor's text.
    /// </summary>
    private void MakeLibraryImagesResponsive(object? sender, PostProcessNodeEventArgs e)
    {
        if (e.Node is not IElement { LocalName: "img" } img)
        {
            return;
        }
        img.RemoveAttribute("srcset");
        img.RemoveAttribute("sizes");
        img.SetAttribute("loading", "lazy");
        if (_media is null || MediaPaths.ParseImage(img.GetAttribute("src")) is not { } address || _media.Describe(address) is not { } image)
        {
            return;
        }
        img.SetAttribute("src", image.Src);
        img.SetAttribute("srcset", image.Srcset);
        img.SetAttribute("sizes", ResponsiveImage.Sizes);
        img.SetAttribute("width", image.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
        img.SetAttribute("height", image.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (img.GetAttribute("alt") is null)
        {
            img.SetAttribute("alt", "");
        }
    }

    private static void RemoveForeignIframes(object? sender, PostProcessNodeEventArgs e)
    {
        if (e.Node is IElement { LocalName: "iframe" } iframe)
        {
            if (VideoHosts.IsAllowedEmbed(iframe.GetAttribute("src")))
            {
                iframe.SetAttribute("loading", "lazy");
            }
            else
            {
                iframe.Remove();
            }
        }
    }
}
