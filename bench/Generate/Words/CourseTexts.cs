namespace ChildSafety.Bench.Generate.Words;

/// <summary>Titles and quiz wording for the generated courses; the first course is the yearly one everyone retakes.</summary>
public static class CourseTexts
{
    public static readonly string[] Titles =
    [
        "Bồi dưỡng hằng năm về bảo vệ trẻ em trong trường học",
        "Nhận biết dấu hiệu trẻ bị xâm hại",
        "Tiếp nhận và xử lý khi trẻ kể về việc bị xâm hại",
        "An toàn cho học sinh trên không gian mạng",
        "Kỷ luật tích cực trong lớp học",
        "Phòng, chống bạo lực học đường",
        "Phối hợp với cha mẹ học sinh trong bảo vệ trẻ",
        "Tổng đài 111 và các kênh tiếp nhận thông tin",
        "Kỹ năng tự bảo vệ cho học sinh tiểu học",
        "Quy tắc ứng xử của người làm việc trong trường học",
    ];

    private static readonly string[] Stems =
    [
        "Khi học sinh kể về việc bị xâm hại, việc đầu tiên thầy cô nên làm là gì?",
        "Dấu hiệu nào sau đây cần được chú ý ở một học sinh?",
        "Tổng đài quốc gia bảo vệ trẻ em là số nào?",
        "Việc nào sau đây là kỷ luật tích cực?",
        "Khi phát hiện hình ảnh của học sinh bị phát tán trên mạng, nhà trường cần làm gì?",
        "Ai phải được báo tin khi có nghi ngờ trẻ bị bạo lực?",
        "Thông tin về vụ việc của học sinh được chia sẻ với ai?",
        "Cha mẹ học sinh được thông tin về kênh báo tin bằng cách nào?",
        "Việc nào thầy cô không được làm khi trò chuyện riêng với học sinh?",
        "Thời hạn báo cáo vụ việc lên cấp trên là bao lâu?",
    ];

    /// <summary>The options of every generated question; the first is the correct one (the quiz shuffles them).</summary>
    public static readonly string[] Options =
    [
        "Lắng nghe bình tĩnh, tin lời trẻ và báo cho người phụ trách bảo vệ trẻ em",
        "Hỏi dồn để xác minh ngay",
        "Khuyên trẻ giữ kín chuyện",
        "Gọi cả lớp đến để làm chứng",
    ];

    public static string Question(int index) => Stems[index % Stems.Length];
}
