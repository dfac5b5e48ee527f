namespace ChildSafety.Content.Items;

/// <summary>
/// One piece of content and its working draft. What the public sees is never the draft but the
/// <see cref="ContentVersion"/> numbered <see cref="PublishedVersion"/>, so editing a published item changes nothing
/// until it is published again.
/// </summary>
public sealed class ContentItem : IOwnedByOrganization
{
    public Guid Id { get; set; }

    public ContentType Type { get; set; }

    /// <summary>"vi" or "en"; a slug is unique per type and locale.</summary>
    public string Locale { get; set; } = "vi";

    public string Slug { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>The title folded to accent-free lower case, so the editors' list finds "xam hai" in "Xâm hại".</summary>
    public string FoldedTitle { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>The draft body in Markdown.</summary>
    public string Body { get; set; } = "";

    public string? CoverImage { get; set; }

    /// <summary>Topic codes wrapped in semicolons (";online-safety;hotline-111;") so one LIKE finds a topic.</summary>
    public string Topics { get; set; } = ";";

    public Audience Audience { get; set; }

    /// <summary>Place among its siblings, e.g. the chapter number of a handbook chapter.</summary>
    public int Order { get; set; }

    public int OwnerOrganizationId { get; set; }

    /// <summary>
    /// The owner's materialized path, copied here because the module may not read Core's tables in its queries;
    /// an editor's scope is a prefix of it.
    /// </summary>
    public string OwnerPath { get; set; } = "/";

    public ContentState State { get; set; }

    /// <summary>The number of the version the public sees while <see cref="State"/> is Published.</summary>
    public int? PublishedVersion { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>When the current draft goes public by itself; null when nothing is scheduled.</summary>
    public DateTimeOffset? ScheduledAt { get; set; }

    public Guid? ScheduledBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public Guid UpdatedBy { get; set; }

    /// <summary>Raised by every change; a form that carries an older number was edited by someone else meanwhile.</summary>
    public int Revision { get; set; }

    public List<ContentVersion> Versions { get; set; } = [];
}
