namespace ChildSafety.Core.Files;

/// <summary>
/// What a file is by its first bytes, whatever its name or the browser claims: the only kinds users may upload are
/// PDF, JPEG, PNG and WebP. SVG (a script carrier), executables and everything else have no signature here.
/// </summary>
public static class FileSignature
{
    /// <summary>How many leading bytes <see cref="ExtensionOf"/> needs.</summary>
    public const int HeadLength = 12;

    /// <summary>".pdf", ".jpg", ".png" or ".webp" by the file's signature, or null for anything else.</summary>
    public static string? ExtensionOf(ReadOnlySpan<byte> head) => head switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => ".pdf",
        [0xFF, 0xD8, 0xFF, ..] => ".jpg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => ".png",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => ".webp",
        _ => null,
    };

    public static string ContentType(string extension) => extension switch
    {
        ".pdf" => "application/pdf",
        ".jpg" => "image/jpeg",
        ".webp" => "image/webp",
        _ => "image/png",
    };
}
