using System.Text.RegularExpressions;
using ChildSafety.Content.Items;
using ChildSafety.Content.Media;
using ChildSafety.Core.Organizations;

namespace ChildSafety.Content.Demo;

/// <summary>
/// Images that sit next to a content file ("![alt](goi-111.png)", "cover_image: goi-111.png") go into the media
/// library like any upload, and the draft points at their library addresses instead. The same bytes are found
/// again rather than uploaded twice.
/// </summary>
internal sealed partial class DemoImages(MediaLibrary library)
{
    public async Task<ContentDraft> AttachAsync(CallerScope owner, string folder, ContentDraft draft, CancellationToken cancellationToken)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        var body = draft.Body ?? "";
        foreach (Match image in LocalImage().Matches(body))
        {
            var name = image.Groups["name"].Value;
            urls[name] = await UrlOfAsync(owner, Path.Combine(folder, name), image.Groups["alt"].Value, cancellationToken);
        }
        if (draft.CoverImage is { } cover && LocalName().IsMatch(cover) && !urls.ContainsKey(cover))
        {
            urls[cover] = await UrlOfAsync(owner, Path.Combine(folder, cover), draft.Title ?? cover, cancellationToken);
        }
        if (urls.Count == 0)
        {
            return draft;
        }
        var linked = LocalImage().Replace(body, m => $"![{m.Groups["alt"].Value}]({urls[m.Groups["name"].Value]})");
        var coverUrl = draft.CoverImage is { } c && urls.TryGetValue(c, out var url) ? url : draft.CoverImage;
        return draft with { Body = linked, CoverImage = coverUrl };
    }

    private async Task<string> UrlOfAsync(CallerScope owner, string path, string alt, CancellationToken cancellationToken)
    {
        var content = await File.ReadAllBytesAsync(path, cancellationToken);
        if (await library.FindSameAsync(owner, content, cancellationToken) is { } existing)
        {
            return existing.Url;
        }
        using var stream = new MemoryStream(content);
        var uploaded = await library.UploadAsync(owner, stream, Path.GetFileName(path), alt, cancellationToken);
        return uploaded.Item?.Url
            ?? throw new InvalidOperationException($"{path}: {string.Join("; ", uploaded.Outcome.Errors.Select(e => e.Value))}");
    }

    [GeneratedRegex(@"!\[(?<alt>[^\]]*)\]\((?<name>[a-z0-9-]+\.(png|jpg|webp))\)", RegexOptions.CultureInvariant)]
    private static partial Regex LocalImage();

    [GeneratedRegex(@"^[a-z0-9-]+\.(png|jpg|webp)$", RegexOptions.CultureInvariant)]
    private static partial Regex LocalName();
}
