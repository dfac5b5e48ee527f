namespace ChildSafety.Bench.Generate.Words;

/// <summary>Fictional but Vietnamese-sounding names for the province, its districts and its schools.</summary>
public static class PlaceNames
{
    public static readonly string[] Provinces = ["Bình Minh", "An Hòa", "Trường Sơn", "Hương Giang", "Phú Xuân", "Đông Hải"];

    public static readonly string[] Districts =
    [
        "Hòa An", "Phú Lộc", "Tân Thành", "Bình Sơn", "Đông Hưng", "Vĩnh Lợi", "Thạch Hà", "Yên Lạc", "Kim Sơn", "Quảng Điền",
        "Đức Thọ", "Hải Lăng", "Gia Bình", "Thanh Sơn", "Tiên Phước", "Mỹ Hào", "Châu Thành", "Long Điền", "Cam Lâm", "Ninh Hòa",
        "Lạc Dương", "Tuy Phước", "Hương Trà", "Diên Khánh", "Sơn Tịnh", "Nghĩa Hành", "Phù Cát", "Hoài Nhơn", "Đại Lộc", "Núi Thành",
        "Thăng Bình", "Quế Sơn", "Hiệp Đức", "Cẩm Xuyên", "Kỳ Anh", "Hưng Nguyên", "Nam Đàn", "Thanh Chương", "Đô Lương", "Yên Thành",
    ];

    /// <summary>District offices are mostly rural districts; a few are towns or the provincial city.</summary>
    public static readonly string[] DistrictKinds = ["huyện", "huyện", "huyện", "huyện", "thị xã", "thành phố"];

    /// <summary>Communes and wards, which village schools are named after.</summary>
    public static readonly string[] Communes =
    [
        "Hòa Bình", "Tân Lập", "Phú Mỹ", "Bình An", "Thạnh Lộc", "Xuân Phú", "Hưng Đạo", "Quang Trung", "Đông Sơn", "Tây Hồ",
        "Nam Phước", "Bắc Lý", "Vĩnh Hòa", "An Phú", "Thuận Thành", "Cẩm Phú", "Hải Châu", "Long Hưng", "Phước Lộc", "Tam Kỳ",
        "Điện Thắng", "Duy Xuyên", "Mỹ Thạnh", "Lộc Thủy", "Hương Sơn", "Kỳ Lâm", "Đức Hòa", "Tân Phú", "Phú Thọ", "Thái Hòa",
    ];

    /// <summary>People schools are named after.</summary>
    public static readonly string[] Namesakes =
    [
        "Lê Quý Đôn", "Nguyễn Du", "Chu Văn An", "Trần Hưng Đạo", "Lê Lợi", "Quang Trung", "Nguyễn Trãi", "Lý Tự Trọng", "Võ Thị Sáu",
        "Kim Đồng", "Trần Phú", "Lê Hồng Phong", "Nguyễn Huệ", "Phan Bội Châu", "Phan Chu Trinh", "Hai Bà Trưng", "Lê Văn Tám",
        "Nguyễn Văn Trỗi", "Trần Quốc Toản", "Nguyễn Bỉnh Khiêm", "Lương Thế Vinh", "Huỳnh Thúc Kháng", "Ngô Quyền", "Đinh Tiên Hoàng",
        "Lý Thường Kiệt", "Tô Hiến Thành", "Mạc Đĩnh Chi", "Nguyễn Khuyến", "Trần Cao Vân", "Hoàng Hoa Thám",
    ];

    /// <summary>Kindergartens usually carry a flower's or a bird's name.</summary>
    public static readonly string[] Kindergartens =
        ["Hoa Sen", "Hoa Mai", "Sơn Ca", "Họa Mi", "Hoa Hồng", "Bình Minh", "Tuổi Thơ", "Măng Non", "Hoa Phượng", "Vành Khuyên", "Sao Mai", "Hướng Dương", "Hoa Cúc", "Thiên Thần"];
}
