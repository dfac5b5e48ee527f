using ChildSafety.Content.Items;

namespace ChildSafety.Content.Reading;

/// <summary>
/// What the public sees of one item: its published version, never the draft. Init-only properties rather than a
/// positional record, so that EF can still filter and sort after projecting into it.
/// </summary>
public sealed record PublishedItem
{
    public Guid Id { get; init; }

    public ContentType Type { get; init; }

    public string Slug { get; init; } = "";

    public string Title { get; init; } = "";

    public string Summary { get; init; } = "";

    public string Html { get; init; } = "";

    public string? CoverImage { get; init; }

    public string Topics { get; init; } = ";";

    public Audience Audience { get; init; }

    public int Order { get; init; }

    public DateTimeOffset PublishedAt { get; init; }

    public string Path => ContentLabels.PublicPath(Type, Slug);
}
