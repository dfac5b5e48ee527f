using Bogus;

namespace ChildSafety.Bench.Generate.Words;

/// <summary>
/// Vietnamese full names, family name first, with family names weighted roughly as the census counts them and most
/// of the teaching staff women, as in Vietnamese schools.
/// </summary>
public static class PersonNames
{
    private static readonly string[] Families =
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Mai", "Lương"];

    private static readonly float[] FamilyWeights =
        [38f, 11f, 9.5f, 7f, 4f, 2f, 4.5f, 2.5f, 1.5f, 2.1f, 2f, 1.4f, 1.3f, 1.3f, 1f, 0.5f, 0.8f, 0.6f, 0.5f, 0.4f];

    private static readonly string[] WomenMiddle = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Thùy", "Kim", "Hồng", "Bích", "Phương"];

    private static readonly string[] MenMiddle = ["Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân", "Ngọc", "Trọng", "Anh"];

    private static readonly string[] WomenGiven =
        ["Anh", "Châu", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Huệ", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "Nga", "Ngân", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Tâm", "Thảo", "Thủy", "Trang", "Tuyết", "Vân", "Yến", "Lụa", "Duyên"];

    private static readonly string[] MenGiven =
        ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hoàng", "Hùng", "Huy", "Khoa", "Khánh", "Long", "Minh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Sơn", "Tài", "Thắng", "Thành", "Toàn", "Trung", "Tuấn", "Việt", "Vinh"];

    public static PersonName Next(Randomizer random, float womenShare)
    {
        var woman = random.Float() < womenShare;
        return new PersonName(
            random.WeightedRandom(Families, FamilyWeights),
            random.ArrayElement(woman ? WomenMiddle : MenMiddle),
            random.ArrayElement(woman ? WomenGiven : MenGiven));
    }
}
