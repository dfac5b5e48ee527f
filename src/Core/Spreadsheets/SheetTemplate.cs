using ChildSafety.Core.Text;
using MiniExcelLibs;

namespace ChildSafety.Core.Spreadsheets;

/// <summary>A small list written with its headings, as CSV (<see cref="SafeCsv"/>) or as a one-sheet workbook of text cells.</summary>
public static class SheetTemplate
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Csv(IReadOnlyList<string> headings, IEnumerable<IReadOnlyList<string>> rows) =>
        SafeCsv.Document([headings, .. rows]);

    public static byte[] Xlsx(IReadOnlyList<string> headings, IEnumerable<IReadOnlyList<string>> rows, string sheetName)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.Select(row => Row(headings, row)), sheetName: sheetName, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>Every cell is text, numbers and dates too, so that Excel does not re-read "05/09" as 9 May on an English machine.</summary>
    public static Dictionary<string, object> Row(IReadOnlyList<string> headings, IReadOnlyList<string> cells)
    {
        var row = new Dictionary<string, object>(headings.Count);
        for (var i = 0; i < headings.Count; i++)
        {
            row[headings[i]] = i < cells.Count ? cells[i] : "";
        }
        return row;
    }
}
