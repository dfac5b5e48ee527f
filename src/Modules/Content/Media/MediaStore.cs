using SkiaSharp;

namespace ChildSafety.Content.Media;

/// <summary>The media folder, <c>{Site:DataPath}/media</c>: writes files whole, removes them, and finds them again.</summary>
public sealed class MediaStore(string root)
{
    public string Root { get; } = root;

    /// <summary>Writes to a temporary name first, so a half-written file is never served.</summary>
    public async Task WriteAsync(string folder, string name, byte[] content, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Root, folder);
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, name + ".part");
        await File.WriteAllBytesAsync(temporary, content, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, Path.Combine(directory, name), overwrite: true);
    }

    public void Delete(MediaItem item)
    {
        var names = item.Kind == MediaKind.Document
            ? [MediaPaths.DocumentName(item.Id)]
            : item.VariantWidths.Select(w => MediaPaths.VariantName(item.Id, w));
        foreach (var name in names)
        {
            File.Delete(Path.Combine(Root, item.Folder, name));
        }
    }

    /// <summary>The file an address after /media/ names, or null when it names nothing we stored.</summary>
    public string? Find(string? relative) => MediaPaths.Resolve(Root, relative) is { } path && File.Exists(path) ? path : null;

    /// <summary>
    /// Every stored variant of the image <paramref name="address"/> shows, read from the folder rather than the
    /// database so that rendering Markdown needs no database; null when the image is not in the library.
    /// </summary>
    public ResponsiveImage? Describe(MediaImageAddress address)
    {
        var directory = Path.Combine(Root, address.Folder);
        if (!Directory.Exists(directory))
        {
            return null;
        }
        var prefix = $"{address.Id:N}-";
        var variants = Directory.EnumerateFiles(directory, prefix + "*.webp")
            .Select(path => MediaPaths.ParseImage($"{MediaPaths.UrlPrefix}{address.Folder}/{Path.GetFileName(path)}") is { } variant
                ? (variant.Width, Height: HeightOf(path))
                : (Width: 0, Height: 0))
            .Where(v => v.Width > 0 && v.Height > 0)
            .OrderBy(v => v.Width)
            .ToList();
        var shown = variants.FirstOrDefault(v => v.Width == address.Width);
        if (shown.Width == 0)
        {
            return null;
        }
        var srcset = string.Join(", ", variants.Select(v => $"{MediaPaths.VariantUrl(address.Folder, address.Id, v.Width)} {v.Width}w"));
        return new ResponsiveImage(MediaPaths.VariantUrl(address.Folder, address.Id, shown.Width), srcset, shown.Width, shown.Height);
    }

    private static int HeightOf(string path)
    {
        using var codec = SKCodec.Create(path);
        return codec?.Info.Height ?? 0;
    }
}
