namespace ChildSafety.Content.Items;

/// <summary>An immutable snapshot of what was published, by whom and when. Versions are never updated or deleted.</summary>
public sealed class ContentVersion
{
    public long Id { get; set; }

    public Guid ContentItemId { get; set; }

    public ContentItem? Item { get; set; }

    /// <summary>1, 2, 3… per item.</summary>
    public int Number { get; set; }

    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public string Body { get; set; } = "";

    /// <summary>The sanitized HTML of <see cref="Body"/>, rendered once when published.</summary>
    public string Html { get; set; } = "";

    public string? CoverImage { get; set; }

    public string Topics { get; set; } = ";";

    public Audience Audience { get; set; }

    /// <summary>Title, summary and text folded to lower-case ASCII ("xam hai") for accent-insensitive search.</summary>
    public string SearchText { get; set; } = "";

    public DateTimeOffset PublishedAt { get; set; }

    public Guid PublishedBy { get; set; }
}
