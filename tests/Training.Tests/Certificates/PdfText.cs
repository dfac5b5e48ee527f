using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;

namespace ChildSafety.Training.Tests.Certificates;

/// <summary>
/// The text a PDF viewer would copy from a page: the shown glyph ids of each Tj/TJ operator, mapped back to
/// characters through the ToUnicode table of the font selected by the last Tf. If a Vietnamese letter were lost
/// (a font without the glyph, a missing map), it would be missing here too.
/// </summary>
internal static partial class PdfText
{
    public static string Of(PdfPage page)
    {
        var maps = Fonts(page).ToDictionary(f => f.Name, f => ToUnicode(f.Font));
        var text = new StringBuilder();
        Dictionary<int, string>? current = null;
        Walk(ContentReader.ReadContent(page));
        return text.ToString();

        void Walk(CSequence sequence)
        {
            foreach (var item in sequence)
            {
                if (item is not COperator op)
                {
                    continue;
                }
                switch (op.OpCode.Name)
                {
                    case "Tf":
                        current = maps[((CName)op.Operands[0]).Name];
                        break;
                    case "Tj":
                    case "'":
                    case "\"":
                        Show(op.Operands[^1]);
                        text.Append('\n');
                        break;
                    case "TJ":
                        Show(op.Operands[0]);
                        text.Append('\n');
                        break;
                }
            }
        }

        void Show(CObject operand)
        {
            switch (operand)
            {
                case CString shown:
                    foreach (var glyph in Glyphs(shown))
                    {
                        text.Append(current is not null && current.TryGetValue(glyph, out var character) ? character : "\uFFFD");
                    }
                    break;
                case CArray array:
                    foreach (var part in array)
                    {
                        Show(part);
                    }
                    break;
            }
        }
    }

    public static IEnumerable<(string Name, PdfDictionary Font)> Fonts(PdfPage page)
    {
        var fonts = page.Resources.Elements.GetDictionary("/Font");
        return fonts is null ? [] : fonts.Elements.Keys.Select(name => (name, (PdfDictionary)((PdfReference)fonts.Elements[name]!).Value));
    }

    /// <summary>Two bytes per glyph: PdfSharp writes Unicode text with the Identity-H encoding.</summary>
    private static IEnumerable<int> Glyphs(CString shown)
    {
        var bytes = shown.Value.Select(c => (byte)c).ToArray();
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            yield return bytes[i] << 8 | bytes[i + 1];
        }
    }

    private static Dictionary<int, string> ToUnicode(PdfDictionary font)
    {
        var map = new Dictionary<int, string>();
        if (font.Elements.GetReference("/ToUnicode")?.Value is not PdfDictionary cmap)
        {
            return map;
        }
        var source = Encoding.ASCII.GetString(cmap.Stream.UnfilteredValue);
        foreach (Match range in Blocks(source, "bfrange").SelectMany(block => BfRange().Matches(block)))
        {
            var first = Hex(range.Groups[1].Value);
            var last = Hex(range.Groups[2].Value);
            var target = Hex(range.Groups[3].Value);
            for (var glyph = first; glyph <= last; glyph++)
            {
                map[glyph] = char.ConvertFromUtf32(target + glyph - first);
            }
        }
        foreach (Match single in Blocks(source, "bfchar").SelectMany(block => BfChar().Matches(block)))
        {
            map[Hex(single.Groups[1].Value)] = char.ConvertFromUtf32(Hex(single.Groups[2].Value));
        }
        return map;
    }

    private static IEnumerable<string> Blocks(string cmap, string kind) =>
        Regex.Matches(cmap, $"begin{kind}(.*?)end{kind}", RegexOptions.Singleline).Select(m => m.Groups[1].Value);

    private static int Hex(string digits) => int.Parse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>[ \t]*<([0-9A-Fa-f]+)>[ \t]*<([0-9A-Fa-f]+)>")]
    private static partial Regex BfRange();

    [GeneratedRegex(@"^<([0-9A-Fa-f]+)>[ \t]*<([0-9A-Fa-f]+)>[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex BfChar();
}
