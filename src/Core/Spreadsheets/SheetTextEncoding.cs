using System.Text;

namespace ChildSafety.Core.Spreadsheets;

/// <summary>
/// Which encoding a text sheet was saved in. Excel writes UTF-8 with a BOM ("CSV UTF-8"), UTF-16 with a BOM
/// ("Unicode text"), or the Windows code page of the machine — Windows-1258 on Vietnamese Windows — so: trust a
/// BOM, then accept the bytes as UTF-8 if they are valid UTF-8, and otherwise read them as Windows-1258.
/// </summary>
public static class SheetTextEncoding
{
    private const int VietnameseWindowsCodePage = 1258;

    static SheetTextEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1258 => Encoding.GetEncoding(VietnameseWindowsCodePage);

    /// <summary>
    /// The encoding and the length of the byte-order mark to skip, from the file's first bytes (<paramref name="head"/>,
    /// 512 are enough) and whether the whole file is valid UTF-8.
    /// </summary>
    public static (Encoding Encoding, int PreambleLength) Detect(ReadOnlySpan<byte> head, bool isValidUtf8)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (new UTF8Encoding(false), 3);
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
        }
        if (LooksLikeUtf16WithoutBom(head, out var bigEndian))
        {
            return (new UnicodeEncoding(bigEndian, byteOrderMark: false), 0);
        }
        return isValidUtf8 ? (new UTF8Encoding(false), 0) : (Windows1258, 0);
    }

    /// <summary>
    /// A header row of ASCII letters saved as UTF-16 has a zero byte in every other position; no text encoding
    /// we accept otherwise produces zero bytes.
    /// </summary>
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        if (bytes.Length < 4)
        {
            return false;
        }
        var sample = bytes[..Math.Min(bytes.Length & ~1, 512)];
        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if (i % 2 == 0)
                {
                    zeroEven++;
                }
                else
                {
                    zeroOdd++;
                }
            }
        }
        var half = sample.Length / 2;
        bigEndian = zeroEven > zeroOdd;
        return Math.Max(zeroEven, zeroOdd) > half / 2 && Math.Min(zeroEven, zeroOdd) == 0;
    }
}
