using ChildSafety.Content.Data;
using ChildSafety.Content.Items;
using ChildSafety.Core.Content;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Content.Reading;

/// <summary>
/// An organization publicises the hotline when one of its own published items names "111" together with a way to
/// report — the hotline itself ("tổng đài"), a hot line, a letter box or a reporting channel — as the directives ask
/// schools to publish both.
/// </summary>
public sealed class SchoolPublicity(ContentDbContext db) : ISchoolPublicity
{
    private const string Hotline = "111";

    public async Task<IReadOnlyList<PublicityEvidence>> PublicisingAsync(string organizationPath, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var items = await db.Versions.AsNoTracking()
            .Where(v => v.Item!.State == ContentState.Published && v.Number == v.Item.PublishedVersion
                && v.Item.OwnerPath.StartsWith(organizationPath) && v.PublishedAt < before
                && v.SearchText.Contains(Hotline)
                && (v.SearchText.Contains("tong dai") || v.SearchText.Contains("duong day nong") || v.SearchText.Contains("hop thu")
                    || v.SearchText.Contains("kenh bao tin") || v.SearchText.Contains("kenh tiep nhan")))
            .Select(v => new { v.Item!.OwnerOrganizationId, v.Title, v.Item.Type, v.Slug, v.PublishedAt })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return items
            .GroupBy(i => i.OwnerOrganizationId)
            .Select(g => g.OrderByDescending(i => i.PublishedAt).First())
            .Select(i => new PublicityEvidence(i.OwnerOrganizationId, i.Title, ContentLabels.PublicPath(i.Type, i.Slug), i.PublishedAt))
            .ToList();
    }
}
