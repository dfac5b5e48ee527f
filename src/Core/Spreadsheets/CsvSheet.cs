using System.Text;
using CsvHelper;

namespace ChildSafety.Core.Spreadsheets;

/// <summary>
/// The records of a delimited text file. The delimiter is whichever of comma, semicolon or tab the first line
/// uses most: Excel saves "CSV" with the list separator of the machine's region (a semicolon in much of Europe)
/// and "Unicode text" with tabs. An Excel "sep=;" first line is honoured.
/// </summary>
internal static class CsvSheet
{
    private const int SampleBytes = 16 * 1024;

    /// <summary>The rows of <paramref name="source"/>, read from the file as they are enumerated.</summary>
    public static IEnumerable<(int Row, IReadOnlyList<string> Cells)> Read(SheetSource source, Encoding encoding, int preamble)
    {
        using var stream = source.Open();
        var head = new byte[preamble + SampleBytes];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var sample = encoding.GetString(head, preamble, Math.Max(0, length - preamble) & (encoding is UnicodeEncoding ? ~1 : ~0));
        var firstLine = sample.Split('\n', 2)[0].TrimEnd('\r');
        var (delimiter, skipFirstLine) = firstLine.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && firstLine.Length == 5
            ? (firstLine[4], true)
            : (DetectDelimiter(firstLine), false);
        stream.Position = preamble;

        var options = new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = false,
            // Blank lines still count as rows, so that row numbers match what a spreadsheet shows.
            SkipEmptyLines = false,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            DetectSeparatorHint = false,
        };
        using var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        using var csv = CsvReader.Create(text, options, leaveOpen: false);
        var row = 0;
        while (csv.Read())
        {
            row++;
            if (skipFirstLine && row == 1)
            {
                continue;
            }
            var record = csv.Current;
            var cells = new string[record.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = SheetCell.Clean(record.GetString(i));
            }
            yield return (skipFirstLine ? row - 1 : row, cells);
        }
    }

    internal static char DetectDelimiter(string line)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in line)
        {
            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case ',' when !quoted:
                    commas++;
                    break;
                case ';' when !quoted:
                    semicolons++;
                    break;
                case '\t' when !quoted:
                    tabs++;
                    break;
            }
        }
        return tabs > commas && tabs >= semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }
}
