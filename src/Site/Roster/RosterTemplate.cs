using MiniExcelLibs;

namespace ChildSafety.Site.Roster;

/// <summary>The downloadable templates: the headings and one example row, as CSV (UTF-8 with BOM, so Excel shows Vietnamese) and as a workbook.</summary>
public static class RosterTemplate
{
    private static readonly string[] Example = ["Nguyễn Thị Hương", "huong.nt@truong.edu.vn", "THCS-LC", "Giáo viên", "Staff", "05/09/2024"];

    public static byte[] Csv() => RosterCsv.Write([Example]);

    public static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { RosterExport.Row(Example) }, sheetName: "Danh sách", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
