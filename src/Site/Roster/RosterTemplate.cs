using MiniExcelLibs;

namespace ChildSafety.Site.Roster;

/// <summary>The downloadable templates: the headings and one example row, as CSV (UTF-8 with BOM, so Excel shows Vietnamese) and as a workbook.</summary>
public static class RosterTemplate
{
    private static readonly RosterColumn[] Columns = Enum.GetValues<RosterColumn>();

    private static readonly string[] Example = ["Nguyễn Thị Hương", "huong.nt@truong.edu.vn", "THCS-LC", "Giáo viên", "Staff", "05/09/2024"];

    public static byte[] Csv() => RosterCsv.Write([Example]);

    public static byte[] Xlsx()
    {
        // Every cell is text, the date too, so that Excel does not re-read 05/09 as 9 May on an English machine.
        var row = new Dictionary<string, object>();
        for (var i = 0; i < Columns.Length; i++)
        {
            row[RosterHeaders.Heading(Columns[i])] = Example[i];
        }
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { row }, sheetName: "Danh sách", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
