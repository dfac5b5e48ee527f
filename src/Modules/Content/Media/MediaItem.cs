using ChildSafety.Content.Items;

namespace ChildSafety.Content.Media;

/// <summary>
/// A file of the media library. Images keep no original — only WebP variants re-encoded from their pixels, so the
/// camera's EXIF and GPS never leave the editor's computer — under <c>/media/{Folder}/{Id}-{width}.webp</c>.
/// </summary>
public sealed class MediaItem : IOwnedByOrganization
{
    public Guid Id { get; set; }

    public MediaKind Kind { get; set; }

    /// <summary>The name the file had on the editor's computer, shown in the library only.</summary>
    public string FileName { get; set; } = "";

    /// <summary>What the image shows, for screen readers; empty for documents.</summary>
    public string AltText { get; set; } = "";

    /// <summary>Name and alt text folded to accent-free lower case, so "ap phich" finds "Áp phích".</summary>
    public string SearchText { get; set; } = "";

    /// <summary>"2026/11": the month of the upload, which spreads files over folders.</summary>
    public string Folder { get; set; } = "";

    /// <summary>Pixel size of the widest variant; 0 for documents.</summary>
    public int Width { get; set; }

    public int Height { get; set; }

    /// <summary>The widths of the stored variants, ascending and comma-separated ("320,640,1024").</summary>
    public string Widths { get; set; } = "";

    /// <summary>Size of the upload as received.</summary>
    public long Bytes { get; set; }

    /// <summary>SHA-256 of the upload, so loading the same demo file twice finds the first copy.</summary>
    public string Sha256 { get; set; } = "";

    public int OwnerOrganizationId { get; set; }

    public string OwnerPath { get; set; } = "/";

    public DateTimeOffset CreatedAt { get; set; }

    public Guid CreatedBy { get; set; }

    public IReadOnlyList<int> VariantWidths =>
        Widths.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(w => int.Parse(w, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>What a page links to: the variant at most 1024 wide for an image, the file for a document.</summary>
    public string Url => Kind == MediaKind.Document
        ? MediaPaths.DocumentUrl(Folder, Id)
        : MediaPaths.VariantUrl(Folder, Id, VariantWidths.LastOrDefault(w => w <= MediaLimits.DefaultWidth, VariantWidths[0]));

    public string ThumbnailUrl => MediaPaths.VariantUrl(Folder, Id, VariantWidths[0]);

    /// <summary>The Markdown an editor pastes into a body to show or link this file.</summary>
    public string Markdown => Kind == MediaKind.Document
        ? $"[{Escape(FileName)}]({Url})"
        : $"![{Escape(AltText)}]({Url})";

    private static string Escape(string text) => text.Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
}
