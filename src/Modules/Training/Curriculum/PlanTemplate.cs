using ChildSafety.Core.Spreadsheets;

namespace ChildSafety.Training.Curriculum;

/// <summary>The downloadable plan template: the headings and two example rows, as CSV and as a workbook.</summary>
public static class PlanTemplate
{
    private static readonly IReadOnlyList<string>[] Examples =
    [
        ["7", "Tin học", "online-safety", "Bảo vệ thông tin cá nhân khi dùng mạng xã hội", "1", "1", "Kế hoạch", "", ""],
        ["7", "Giáo dục công dân", "school-violence", "Phòng, chống bạo lực học đường", "2", "2", "Kế hoạch", "", ""],
    ];

    private static IReadOnlyList<string> Headings => [.. PlanHeadings.All.Select(PlanHeadings.Heading)];

    public static byte[] Csv() => SheetTemplate.Csv(Headings, Examples);

    public static byte[] Xlsx() => SheetTemplate.Xlsx(Headings, Examples, "Kế hoạch");
}
