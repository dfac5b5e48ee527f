using ChildSafety.Core.Topics;
using ChildSafety.Content.Data;
using ChildSafety.Content.Items;
using ChildSafety.Core;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Content.Reading;

/// <summary>
/// The public side's only door to content: the current published version of items in the Published state. Drafts,
/// unpublished and archived items are invisible here by construction.
/// </summary>
public sealed class PublishedContent(ContentDbContext db)
{
    public const string DefaultLocale = "vi";

    public IQueryable<PublishedItem> All(string locale = DefaultLocale) =>
        db.Versions.AsNoTracking()
            .Where(v => v.Item!.State == ContentState.Published && v.Number == v.Item.PublishedVersion && v.Item.Locale == locale)
            .Select(v => new PublishedItem
            {
                Id = v.ContentItemId,
                Type = v.Item!.Type,
                Slug = v.Slug,
                Title = v.Title,
                Summary = v.Summary,
                Html = v.Html,
                CoverImage = v.CoverImage,
                Topics = v.Topics,
                Audience = v.Audience,
                Order = v.Item.Order,
                PublishedAt = v.PublishedAt,
            });

    public Task<PublishedItem?> FindAsync(ContentType type, string slug, CancellationToken cancellationToken) =>
        All().FirstOrDefaultAsync(i => i.Type == type && i.Slug == slug, cancellationToken);

    /// <summary>The handbook's chapters in their order.</summary>
    public async Task<IReadOnlyList<PublishedItem>> ChaptersAsync(CancellationToken cancellationToken) =>
        await All().Where(i => i.Type == ContentType.HandbookChapter)
            .OrderBy(i => i.Order).ThenBy(i => i.Title)
            .ToListAsync(cancellationToken);

    /// <summary>Newest first, or in their set order for lessons; optionally one topic and one audience.</summary>
    public Task<Paged<PublishedItem>> ListAsync(
        ContentType type, string? topic, Audience? audience, int page, int pageSize, CancellationToken cancellationToken)
    {
        var query = All().Where(i => i.Type == type);
        if (!string.IsNullOrEmpty(topic))
        {
            var marker = TopicCodes.Marker(topic);
            query = query.Where(i => i.Topics.Contains(marker));
        }
        if (audience is { } a && a != Audience.None)
        {
            query = query.Where(i => (i.Audience & a) == a);
        }
        var ordered = type == ContentType.Lesson
            ? query.OrderBy(i => i.Order).ThenBy(i => i.Title)
            : query.OrderByDescending(i => i.PublishedAt).ThenBy(i => i.Title);
        return ordered.ToPagedAsync(page, pageSize, cancellationToken);
    }
}
