using ChildSafety.Core.Spreadsheets;

namespace ChildSafety.Site.Roster;

/// <summary>The downloadable templates: the headings and one example row, as CSV (UTF-8 with BOM, so Excel shows Vietnamese) and as a workbook.</summary>
public static class RosterTemplate
{
    private static readonly string[] Example = ["Nguyễn Thị Hương", "huong.nt@truong.edu.vn", "THCS-LC", "Giáo viên", "Staff", "05/09/2024"];

    public static byte[] Csv() => RosterCsv.Write([Example]);

    public static byte[] Xlsx() => SheetTemplate.Xlsx([.. Enum.GetValues<RosterColumn>().Select(RosterHeaders.Heading)], [Example], "Danh sách");
}
