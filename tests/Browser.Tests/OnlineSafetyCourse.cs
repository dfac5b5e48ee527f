namespace ChildSafety.Browser.Tests;

/// <summary>
/// The demo course teacher@ has in progress (content/courses.yml), with the right options of its quiz by question,
/// so that a journey can answer it however the attempt shuffled questions and options.
/// </summary>
public static class OnlineSafetyCourse
{
    public const string Path = "/training/an-toan-tren-moi-truong-mang";
    public const string Title = "An toàn trên môi trường mạng";

    private static readonly Dictionary<string, string[]> RightOptions = new()
    {
        ["Dấu hiệu nào cho thấy một người lạ trên mạng đang dụ dỗ học sinh?"] =
        [
            "Liên tục khen ngợi, tặng thẻ cào hoặc quà trong trò chơi",
            "Đề nghị chuyển sang nhắn tin riêng và giữ bí mật với bố mẹ",
            "Xin ảnh hoặc video riêng tư",
        ],
        ["Học sinh bị đe doạ phát tán ảnh riêng tư"] = ["Không gửi thêm, giữ bằng chứng và báo ngay người lớn tin cậy hoặc Tổng đài 111"],
        ["Ảnh đã đăng lên mạng có thể bị sao chép"] = ["Đúng"],
        ["Mật khẩu nào an toàn nhất"] = ["Một cụm từ dài có chữ, số và ký hiệu, không chứa ngày sinh"],
        ["Giáo viên nên kết bạn và nhắn tin riêng với học sinh"] = ["Sai"],
    };

    /// <summary>The options to choose for the question worded <paramref name="question"/>: all the right ones, or one wrong one.</summary>
    public static IReadOnlyList<string> Choose(string question, IEnumerable<string> options, bool rightly)
    {
        var right = RightOptions.Single(pair => question.Contains(pair.Key, StringComparison.Ordinal)).Value;
        return rightly ? options.Where(right.Contains).ToList() : [options.First(option => !right.Contains(option))];
    }
}
