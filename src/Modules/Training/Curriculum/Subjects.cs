using ChildSafety.Core.Organizations;
using ChildSafety.Core.Text;

namespace ChildSafety.Training.Curriculum;

/// <summary>
/// Where a topic can be integrated: the subjects of the 2018 general education programme for each level (the
/// preschool programme's areas of development for mầm non), and the school activities every level holds.
/// </summary>
public static class Subjects
{
    public static IReadOnlyList<string> Activities { get; } = ["Chào cờ", "Sinh hoạt lớp", "Hoạt động ngoại khoá"];

    private static readonly string[] Preschool =
    [
        "Phát triển thể chất", "Phát triển nhận thức", "Phát triển ngôn ngữ", "Phát triển tình cảm, kỹ năng xã hội",
        "Phát triển thẩm mỹ",
    ];

    private static readonly string[] Primary =
    [
        "Tiếng Việt", "Toán", "Đạo đức", "Tự nhiên và Xã hội", "Khoa học", "Lịch sử và Địa lí", "Tin học và Công nghệ",
        "Ngoại ngữ", "Giáo dục thể chất", "Âm nhạc", "Mĩ thuật", "Hoạt động trải nghiệm",
    ];

    private static readonly string[] LowerSecondary =
    [
        "Ngữ văn", "Toán", "Ngoại ngữ", "Giáo dục công dân", "Khoa học tự nhiên", "Lịch sử và Địa lí", "Tin học",
        "Công nghệ", "Giáo dục thể chất", "Âm nhạc", "Mĩ thuật", "Hoạt động trải nghiệm, hướng nghiệp",
        "Nội dung giáo dục địa phương",
    ];

    private static readonly string[] UpperSecondary =
    [
        "Ngữ văn", "Toán", "Ngoại ngữ", "Lịch sử", "Giáo dục thể chất", "Giáo dục quốc phòng và an ninh", "Địa lí",
        "Giáo dục kinh tế và pháp luật", "Vật lí", "Hoá học", "Sinh học", "Công nghệ", "Tin học", "Âm nhạc", "Mĩ thuật",
        "Hoạt động trải nghiệm, hướng nghiệp", "Nội dung giáo dục địa phương",
    ];

    public static IReadOnlyList<string> Of(SchoolLevel level) => level switch
    {
        SchoolLevel.Preschool => Preschool,
        SchoolLevel.Primary => Primary,
        SchoolLevel.LowerSecondary => LowerSecondary,
        _ => UpperSecondary,
    };

    /// <summary>The subjects and activities of the levels these grades belong to, each once.</summary>
    public static IReadOnlyList<string> ForGrades(IEnumerable<int> grades) =>
        [.. grades.Select(Grades.LevelOf).Distinct().SelectMany(Of).Concat(Activities).Distinct()];

    /// <summary>The official spelling of <paramref name="text"/> if it names a subject of the grade or an activity, typed with or without accents.</summary>
    public static string? Match(string text, int grade)
    {
        var key = TextKey.Of(text);
        return key.Length == 0 ? null : Of(Grades.LevelOf(grade)).Concat(Activities).FirstOrDefault(s => TextKey.Of(s) == key);
    }
}
