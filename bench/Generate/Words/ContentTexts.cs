using Bogus;
using ChildSafety.Content.Items;

namespace ChildSafety.Bench.Generate.Words;

/// <summary>Awareness articles, lessons and news put together from the sentences such pieces are made of.</summary>
public static class ContentTexts
{
    /// <summary>The article the page benchmark reads: long enough to weigh what a real article weighs.</summary>
    public const string ShowcaseSlug = "bao-ve-tre-em-tren-khong-gian-mang";

    public const string ShowcaseTitle = "Bảo vệ trẻ em trên không gian mạng";

    public static readonly IReadOnlyDictionary<ContentType, string[]> Titles = new Dictionary<ContentType, string[]>
    {
        [ContentType.Lesson] =
        [
            "Cơ thể em là của em", "Nói không với người lạ", "Bí mật an toàn và bí mật không an toàn", "Gọi 111 khi cần giúp đỡ",
            "An toàn khi dùng điện thoại", "Bạn bè trên mạng", "Khi bị bắt nạt ở trường", "Đi học an toàn",
        ],
        [ContentType.AwarenessArticle] =
        [
            "Dấu hiệu nhận biết trẻ bị xâm hại", "Cha mẹ đồng hành cùng con trên mạng", "Phòng chống bạo lực học đường",
            "Kỹ năng tự bảo vệ cho học sinh tiểu học", "Trẻ em và ma túy: những điều cha mẹ cần biết", "Quyền của trẻ em theo Luật Trẻ em",
        ],
        [ContentType.News] =
        [
            "Tập huấn phòng chống xâm hại trẻ em cho giáo viên", "Ra quân tháng hành động vì trẻ em", "Hội thi tìm hiểu an toàn giao thông",
            "Ký cam kết trường học an toàn", "Tuyên truyền Tổng đài 111 đầu năm học", "Sơ kết công tác bảo vệ trẻ em học kỳ I",
        ],
    };

    private static readonly string[] Sentences =
    [
        "Trẻ em có quyền được bảo vệ khỏi mọi hình thức xâm hại, bạo lực và bóc lột.",
        "Nhà trường phối hợp với gia đình để phát hiện sớm những dấu hiệu bất thường ở trẻ.",
        "Khi cần giúp đỡ, trẻ và người lớn đều có thể gọi Tổng đài quốc gia bảo vệ trẻ em 111, miễn phí, suốt ngày đêm.",
        "Giáo viên lắng nghe, tin tưởng và không đổ lỗi cho trẻ khi trẻ kể lại điều đã xảy ra.",
        "Cha mẹ nên cùng con đặt quy tắc dùng điện thoại và mạng xã hội ngay từ đầu năm học.",
        "Không chia sẻ hình ảnh, địa chỉ, trường học của con lên mạng xã hội ở chế độ công khai.",
        "Học sinh được hướng dẫn nhận biết vùng riêng tư trên cơ thể và nói không với những đụng chạm khiến em sợ hãi.",
        "Mỗi lớp học có một góc thông tin về an toàn, với số điện thoại của giáo viên chủ nhiệm và Tổng đài 111.",
        "Những lời đe dọa, chế giễu trên mạng cũng là bạo lực và cần được báo cho người lớn tin cậy.",
        "Cán bộ đầu mối bảo vệ trẻ em của trường tiếp nhận, ghi chép và chuyển tin báo đến cơ quan có thẩm quyền.",
    ];

    public static string Body(Randomizer random, int sections)
    {
        var parts = new List<string>();
        for (var s = 0; s < sections; s++)
        {
            parts.Add($"## {random.ArrayElement(Titles[ContentType.Lesson])}");
            parts.Add(string.Join(" ", random.ArrayElements(Sentences, 4)));
            parts.Add(string.Join("\n", random.ArrayElements(Sentences, 3).Select(sentence => $"- {sentence}")));
        }
        return string.Join("\n\n", parts);
    }

    public static string Summary(Randomizer random) => random.ArrayElement(Sentences);
}
