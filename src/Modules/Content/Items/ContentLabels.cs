namespace ChildSafety.Content.Items;

/// <summary>The Vietnamese names (localizer keys) of types, states and audiences, and the public path of each type.</summary>
public static class ContentLabels
{
    public static string Of(ContentType type) => type switch
    {
        ContentType.Page => "Trang",
        ContentType.HandbookChapter => "Chương sổ tay",
        ContentType.Lesson => "Bài học",
        ContentType.AwarenessArticle => "Bài tuyên truyền",
        ContentType.News => "Tin tức",
        ContentType.Poster => "Áp phích",
        _ => type.ToString(),
    };

    public static string Of(ContentState state) => state switch
    {
        ContentState.Draft => "Bản nháp",
        ContentState.Published => "Đã xuất bản",
        ContentState.Archived => "Đã lưu trữ",
        _ => state.ToString(),
    };

    public static IReadOnlyList<KeyValuePair<Audience, string>> Audiences { get; } =
    [
        new(Audience.Pupils, "Học sinh"),
        new(Audience.Parents, "Cha mẹ học sinh"),
        new(Audience.Staff, "Giáo viên, nhân viên"),
    ];

    /// <summary>The first segment of a type's public address; lists live at "/{section}".</summary>
    public static IReadOnlyDictionary<ContentType, string> Sections { get; } = new Dictionary<ContentType, string>
    {
        [ContentType.Page] = "pages",
        [ContentType.HandbookChapter] = "handbook",
        [ContentType.Lesson] = "lessons",
        [ContentType.AwarenessArticle] = "articles",
        [ContentType.News] = "news",
        [ContentType.Poster] = "posters",
    };

    /// <summary>Where the public reads an item of this type, e.g. "/handbook/nhan-biet-xam-hai".</summary>
    public static string PublicPath(ContentType type, string slug) => $"/{Sections[type]}/{slug}";

    public static ContentType? TypeOfSection(string? section) =>
        Sections.FirstOrDefault(s => s.Value.Equals(section, StringComparison.OrdinalIgnoreCase)) is { Value: not null } found ? found.Key : null;

    /// <summary>The heading of a type's public list.</summary>
    public static string ListTitle(ContentType type) => type switch
    {
        ContentType.HandbookChapter => "Sổ tay giáo viên",
        ContentType.Lesson => "Bài học",
        ContentType.AwarenessArticle => "Bài viết tuyên truyền",
        ContentType.News => "Tin tức",
        ContentType.Poster => "Áp phích",
        _ => "Trang",
    };
}
