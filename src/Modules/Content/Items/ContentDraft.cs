namespace ChildSafety.Content.Items;

/// <summary>What an editor submits for an item; an empty slug is made from the title.</summary>
public sealed record ContentDraft(
    ContentType Type,
    string? Title,
    string? Slug,
    string? Summary,
    string? Body,
    string? CoverImage,
    IReadOnlyList<string> Topics,
    Audience Audience,
    int Order = 0,
    string Locale = "vi");
