using ChildSafety.Core.Topics;
using ChildSafety.Content.Items;

namespace ChildSafety.Content.Pages.Admin.Content;

/// <summary>The edit form's fields, bound as "Input.*"; validation lives in the editor service.</summary>
public sealed class ContentForm
{
    public ContentType Type { get; set; } = ContentType.AwarenessArticle;

    public string? Title { get; set; }

    public string? Slug { get; set; }

    public string? Summary { get; set; }

    public string? Body { get; set; }

    public string? CoverImage { get; set; }

    public List<string> Topics { get; set; } = [];

    public List<Audience> Audiences { get; set; } = [];

    public int Order { get; set; }

    public string Locale { get; set; } = "vi";

    /// <summary>The revision the form was opened at; a save against a newer one is refused.</summary>
    public int Revision { get; set; }

    /// <summary>Vietnam time (UTC+7, no daylight saving) as the editor types it into a datetime-local field.</summary>
    public DateTime? ScheduleAt { get; set; }

    public ContentDraft ToDraft() => new(
        Type, Title, Slug, Summary, Body, CoverImage, Topics,
        Audiences.Aggregate(Audience.None, (all, one) => all | one), Order, Locale);

    public static ContentForm From(ContentItem item) => new()
    {
        Type = item.Type,
        Title = item.Title,
        Slug = item.Slug,
        Summary = item.Summary,
        Body = item.Body,
        CoverImage = item.CoverImage,
        Topics = [.. TopicCodes.Split(item.Topics)],
        Audiences = [.. ContentLabels.Audiences.Select(a => a.Key).Where(a => item.Audience.HasFlag(a))],
        Order = item.Order,
        Locale = item.Locale,
        Revision = item.Revision,
    };
}
