namespace ChildSafety.Content.Items;

/// <summary>
/// The child-safety topics the directives name, by stable code. Names are Vietnamese localizer keys.
/// </summary>
public static class Topics
{
    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } =
    [
        new("sexual-abuse-prevention", "Phòng, chống xâm hại tình dục"),
        new("school-violence", "Phòng, chống bạo lực học đường"),
        new("online-safety", "An toàn trên không gian mạng"),
        new("self-protection", "Kỹ năng tự bảo vệ"),
        new("hotline-111", "Tổng đài 111 và kênh báo tin"),
        new("drugs", "Phòng, chống ma tuý"),
        new("traffic-safety", "An toàn giao thông"),
        new("ethics-lifestyle", "Đạo đức, lối sống"),
        new("children-rights", "Pháp luật về quyền trẻ em"),
    ];

    public static bool IsKnown(string code) => All.Any(t => t.Key == code);

    public static string NameOf(string code) => All.FirstOrDefault(t => t.Key == code).Value ?? code;

    /// <summary>";a;b;" — the stored form, so that one LIKE '%;a;%' finds an item by topic.</summary>
    public static string Join(IEnumerable<string> codes) => ";" + string.Concat(codes.Distinct().Select(c => c + ";"));

    public static IReadOnlyList<string> Split(string stored) => stored.Split(';', StringSplitOptions.RemoveEmptyEntries);
}
