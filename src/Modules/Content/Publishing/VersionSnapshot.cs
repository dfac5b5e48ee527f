using ChildSafety.Content.Items;
using ChildSafety.Content.Rendering;
using ChildSafety.Core.Text;

namespace ChildSafety.Content.Publishing;

/// <summary>What publishing fixes of an item's draft: its fields, its rendered HTML and its folded search text.</summary>
public static class VersionSnapshot
{
    public static ContentVersion Of(ContentItem item, int number, MarkdownRenderer renderer, DateTimeOffset at, Guid by) => new()
    {
        ContentItemId = item.Id,
        Number = number,
        Slug = item.Slug,
        Title = item.Title,
        Summary = item.Summary,
        Body = item.Body,
        Html = renderer.Render(item.Body),
        CoverImage = item.CoverImage,
        Topics = item.Topics,
        Audience = item.Audience,
        SearchText = Folding.Fold($"{item.Title}\n{item.Summary}\n{renderer.PlainText(item.Body)}"),
        PublishedAt = at,
        PublishedBy = by,
    };
}
