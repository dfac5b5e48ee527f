using ChildSafety.Core.Text;

namespace ChildSafety.Bench.Generate.Words;

/// <summary>The generated codes of conduct and family commitments, in the words such documents use.</summary>
public static class ConductTexts
{
    private static readonly string[] Rules =
    [
        "Tôn trọng, yêu thương, đối xử công bằng với người học; không xúc phạm, ép buộc, trù dập, xâm hại thân thể hay danh dự của học sinh.",
        "Không sử dụng hình thức kỷ luật gây tổn thương về thể chất hoặc tinh thần; giáo dục bằng nêu gương, khích lệ và lắng nghe.",
        "Không ở một mình với một học sinh trong phòng kín; khi cần trao đổi riêng, mở cửa hoặc có người thứ ba.",
        "Không liên lạc riêng với học sinh qua mạng xã hội ngoài mục đích học tập; không đăng hình ảnh học sinh khi chưa có đồng ý của cha mẹ.",
        "Khi phát hiện hoặc nghi ngờ trẻ bị xâm hại, bạo lực, báo ngay cho hiệu trưởng và gọi Tổng đài quốc gia bảo vệ trẻ em 111.",
        "Giữ bí mật thông tin cá nhân của học sinh và gia đình; chỉ chia sẻ với người có thẩm quyền để bảo vệ trẻ.",
        "Ứng xử văn minh, lịch sự với đồng nghiệp và cha mẹ học sinh; không dùng lời lẽ thô tục, miệt thị.",
        "Trang phục gọn gàng, lịch sự, phù hợp với môi trường giáo dục.",
    ];

    public static string Template(SchoolYear year) =>
        $"# Quy tắc ứng xử trong cơ sở giáo dục — năm học {year}\n\n" +
        "Áp dụng cho cán bộ quản lý, giáo viên và nhân viên trong các cơ sở giáo dục của tỉnh.\n\n" +
        string.Join("\n", Rules.Select((rule, i) => $"{i + 1}. {rule}")) +
        $"\n\nQuy tắc có hiệu lực từ ngày 15 tháng 8 năm {year.StartYear}.";

    public static string DistrictAdditions(string district) =>
        $"- Tại {district}, mỗi trường cử một cán bộ đầu mối bảo vệ trẻ em và niêm yết số điện thoại của người đó cùng Tổng đài 111 tại cổng trường.\n" +
        "- Giáo viên chủ nhiệm trao đổi với cha mẹ học sinh ít nhất mỗi học kỳ một lần về an toàn của trẻ trên không gian mạng.";

    public static string Commitment(string school, SchoolYear year) =>
        $"# Bản cam kết giữa gia đình và nhà trường — năm học {year}\n\n" +
        $"Gia đình và {school} cùng cam kết:\n\n" +
        "1. Phối hợp giáo dục kỹ năng tự bảo vệ, phòng chống xâm hại và bạo lực cho con em.\n" +
        "2. Quản lý thời gian và nội dung con em sử dụng điện thoại, mạng xã hội.\n" +
        "3. Báo ngay cho nhà trường hoặc Tổng đài 111 khi phát hiện trẻ có nguy cơ bị xâm hại.\n" +
        "4. Đưa đón con em đúng giờ, không để trẻ đi cùng người lạ.";
}
