namespace ChildSafety.Content.Media;

/// <summary>What the library accepts and what it makes of it.</summary>
public static class MediaLimits
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>
    /// 40 megapixels, checked from the header before any pixel is decoded: a small file can claim 20,000 × 20,000
    /// pixels and would take 1.6 GB to decode.
    /// </summary>
    public const long MaxPixels = 40_000_000;

    /// <summary>Widths of the WebP variants; an image is never enlarged, so a narrow one gets fewer.</summary>
    public static readonly IReadOnlyList<int> Widths = [320, 640, 1024, 1600];

    public const int DefaultWidth = 1024;

    public const int WebpQuality = 80;

    public const int AltTextLength = 300;
}
