using System.Text;

namespace ChildSafety.Core.Text;

/// <summary>
/// CSV that opens cleanly in Excel (UTF-8 with BOM, CRLF, quoted fields) and cannot run as a formula: a cell
/// starting with = + - @ or a control character is prefixed with an apostrophe, as OWASP advises.
/// </summary>
public static class SafeCsv
{
    public static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>A whole file: the byte-order mark, then one line per row.</summary>
    public static byte[] Document(IEnumerable<IEnumerable<string?>> rows)
    {
        var csv = new StringBuilder();
        foreach (var row in rows)
        {
            csv.Append(Line(row));
        }
        return [.. Encoding.GetPreamble(), .. Encoding.GetBytes(csv.ToString())];
    }

    public static string Line(IEnumerable<string?> cells) =>
        string.Join(',', cells.Select(Cell)) + "\r\n";

    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n')
        {
            text = "'" + text;
        }
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 || text.StartsWith('\'')
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }
}
