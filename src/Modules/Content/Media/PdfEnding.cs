namespace ChildSafety.Content.Media;

/// <summary>
/// A PDF ends by pointing at its cross-reference table: "startxref", an offset, "%%EOF". A file with the signature
/// but without that ending was cut off in transit or is something else (a web page, a script) wearing the signature,
/// and no reader would open it for the parents it is meant for.
/// </summary>
public static class PdfEnding
{
    /// <summary>Writers may add a little after %%EOF (a newline, padding); a kilobyte leaves room for that.</summary>
    private const int TailLength = 1024;

    public static bool IsPresent(ReadOnlySpan<byte> content)
    {
        var tail = content[Math.Max(0, content.Length - TailLength)..];
        var end = tail.LastIndexOf("%%EOF"u8);
        return end > 0 && tail[..end].LastIndexOf("startxref"u8) >= 0;
    }
}
