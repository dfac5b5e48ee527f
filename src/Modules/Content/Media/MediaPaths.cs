using System.Globalization;
using System.Text.RegularExpressions;

namespace ChildSafety.Content.Media;

/// <summary>
/// Addresses of library files and the only way from an address back to a file: a path that is not exactly one of
/// our own stored names is refused before the disk is touched, and the resolved full path must still lie inside
/// the media folder — so "..", absolute paths and encoded tricks never reach another file.
/// </summary>
public static partial class MediaPaths
{
    public const string UrlPrefix = "/media/";

    public static string FolderFor(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy'/'MM", CultureInfo.InvariantCulture);

    public static string VariantName(Guid id, int width) => string.Create(CultureInfo.InvariantCulture, $"{id:N}-{width}.webp");

    public static string DocumentName(Guid id) => $"{id:N}.pdf";

    public static string VariantUrl(string folder, Guid id, int width) => $"{UrlPrefix}{folder}/{VariantName(id, width)}";

    public static string DocumentUrl(string folder, Guid id) => $"{UrlPrefix}{folder}/{DocumentName(id)}";

    /// <summary>The file under <paramref name="root"/> that <paramref name="relative"/> (the address after /media/) names, or null.</summary>
    public static string? Resolve(string root, string? relative)
    {
        if (relative is null || !StoredName().IsMatch(relative))
        {
            return null;
        }
        var folder = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        return full.StartsWith(folder, StringComparison.Ordinal) ? full : null;
    }

    /// <summary>The library image an address shows, or null for any other address.</summary>
    public static MediaImageAddress? ParseImage(string? src)
    {
        var match = src is null ? null : ImageUrl().Match(src);
        if (match is not { Success: true })
        {
            return null;
        }
        return new MediaImageAddress(
            match.Groups["folder"].Value,
            Guid.ParseExact(match.Groups["id"].Value, "N"),
            int.Parse(match.Groups["width"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^[0-9]{4}/[0-9]{2}/[0-9a-f]{32}(-[0-9]{1,5}\.webp|\.pdf)$", RegexOptions.CultureInvariant)]
    private static partial Regex StoredName();

    [GeneratedRegex(@"^/media/(?<folder>[0-9]{4}/[0-9]{2})/(?<id>[0-9a-f]{32})-(?<width>[0-9]{1,5})\.webp$", RegexOptions.CultureInvariant)]
    private static partial Regex ImageUrl();
}
