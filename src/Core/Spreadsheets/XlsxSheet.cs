using System.Globalization;
using MiniExcelLibs;

namespace ChildSafety.Core.Spreadsheets;

/// <summary>
/// The rows of the first sheet of a workbook, streamed by MiniExcel. Dates typed into Excel arrive as date cells,
/// which become "yyyy-MM-dd" here so that the validator reads them like any typed date.
/// </summary>
internal static class XlsxSheet
{
    public static IEnumerable<(int Row, IReadOnlyList<string> Cells)> Read(SheetSource source)
    {
        using var stream = source.Open();
        var row = 0;
        foreach (IDictionary<string, object?> record in MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            row++;
            var cells = new string[record.Count];
            var i = 0;
            foreach (var value in record.Values)
            {
                cells[i++] = Text(value);
            }
            yield return (row, cells);
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => SheetCell.Clean(s),
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => SheetCell.Clean(value.ToString()),
    };
}
