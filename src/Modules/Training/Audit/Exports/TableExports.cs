using ChildSafety.Core.Text;
using MiniExcelLibs;

namespace ChildSafety.Training.Audit.Exports;

/// <summary>
/// Writes a table to a response body as CSV (line by line, through <see cref="SafeCsv"/>) or XLSX. MiniExcel writes
/// the workbook's zip synchronously, which Kestrel forbids on the response body, so the workbook goes through a
/// temporary file that is copied out asynchronously and deleted on close — never the whole workbook in memory.
/// </summary>
public static class TableExports
{
    public static async Task WriteCsvAsync(AuditTable table, Stream body, CancellationToken cancellationToken)
    {
        await body.WriteAsync(SafeCsv.Encoding.GetPreamble(), cancellationToken).ConfigureAwait(false);
        await WriteLineAsync(body, table.Headings, cancellationToken).ConfigureAwait(false);
        foreach (var row in table.Rows)
        {
            await WriteLineAsync(body, row.Select(Text), cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task WriteXlsxAsync(AuditTable table, Stream body, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"audit-{Guid.NewGuid():N}.xlsx");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await using (file.ConfigureAwait(false))
        {
            await file.SaveAsAsync(Records(table), sheetName: SheetName(table.Name), excelType: ExcelType.XLSX, cancellationToken: cancellationToken).ConfigureAwait(false);
            file.Position = 0;
            await file.CopyToAsync(body, cancellationToken).ConfigureAwait(false);
        }
    }

    private static IEnumerable<IDictionary<string, object?>> Records(AuditTable table)
    {
        var headings = UniqueHeadings(table.Headings);
        foreach (var row in table.Rows)
        {
            var record = new Dictionary<string, object?>(headings.Count);
            for (var i = 0; i < headings.Count; i++)
            {
                record[headings[i]] = i < row.Count ? row[i] : null;
            }
            yield return record;
        }
    }

    private static List<string> UniqueHeadings(IReadOnlyList<string> headings)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return headings.Select(h =>
        {
            var name = h;
            for (var n = 2; !seen.Add(name); n++)
            {
                name = $"{h} ({n})";
            }
            return name;
        }).ToList();
    }

    /// <summary>Excel refuses sheet names over 31 characters or with []:*?/\.</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\')).ToArray());
        return clean.Length > 31 ? clean[..31] : clean;
    }

    private static string? Text(object? value) => value switch
    {
        null => "",
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static async Task WriteLineAsync(Stream body, IEnumerable<string?> cells, CancellationToken cancellationToken) =>
        await body.WriteAsync(SafeCsv.Encoding.GetBytes(SafeCsv.Line(cells)), cancellationToken).ConfigureAwait(false);
}
