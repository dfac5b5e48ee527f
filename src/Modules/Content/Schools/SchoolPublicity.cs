using ChildSafety.Content.Data;
using ChildSafety.Content.Items;
using ChildSafety.Core.Content;
using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Content.Schools;

/// <summary>
/// An organization publicises how to report abuse in either of two ways the directives accept: one of its own
/// published items names "111" together with a way to report (the hotline itself, a letter box, a reporting channel),
/// or its public school page — which always shows hotline 111 — shows at least one of its own reporting channels.
/// </summary>
public sealed class SchoolPublicity(ContentDbContext db, CoreDbContext core) : ISchoolPublicity
{
    private const string Hotline = "111";

    public async Task<IReadOnlyList<PublicityEvidence>> PublicisingAsync(string organizationPath, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var items = await PublishedItemsAsync(organizationPath, before, cancellationToken).ConfigureAwait(false);
        var pages = await PagesWithChannelsAsync(organizationPath, before, cancellationToken).ConfigureAwait(false);
        return items.Concat(pages.Where(p => items.All(i => i.OrganizationId != p.OrganizationId))).ToList();
    }

    private async Task<List<PublicityEvidence>> PublishedItemsAsync(string organizationPath, DateTimeOffset before, CancellationToken cancellationToken)
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

    /// <summary>Active schools and centres only: offices have no public school page. Blank fields are stored as null.</summary>
    private async Task<List<PublicityEvidence>> PagesWithChannelsAsync(string organizationPath, DateTimeOffset before, CancellationToken cancellationToken)
    {
        var channels = await db.ReportingChannels.AsNoTracking()
            .Where(c => c.UpdatedAt < before && (c.Mailbox != null || c.Phone != null || c.Email != null || c.ContactPerson != null))
            .Select(c => new { c.OrganizationId, c.UpdatedAt })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var ids = channels.Select(c => c.OrganizationId).ToList();
        var schools = await core.Organizations.AsNoTracking()
            .Where(o => ids.Contains(o.Id) && o.Path.StartsWith(organizationPath) && o.IsActive
                && (o.Kind == OrganizationKind.School || o.Kind == OrganizationKind.Centre))
            .Select(o => new { o.Id, o.Name, o.Code })
            .ToDictionaryAsync(o => o.Id, cancellationToken)
            .ConfigureAwait(false);
        return channels
            .Where(c => schools.ContainsKey(c.OrganizationId))
            .Select(c => (School: schools[c.OrganizationId], c.UpdatedAt))
            .Select(c => new PublicityEvidence(c.School.Id, c.School.Name, SchoolSummary.PublicPathOf(c.School.Code), c.UpdatedAt))
            .ToList();
    }
}
