using ChildSafety.Content.Data;
using ChildSafety.Content.Reading;
using ChildSafety.Content.Rendering;
using ChildSafety.Core;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Content.Search;

/// <summary>The public search: the engine finds and ranks, this turns the hits into marked titles and extracts.</summary>
public sealed class SiteSearch(IContentSearchEngine engine, ContentDbContext db, MarkdownRenderer markdown)
{
    public async Task<Paged<SearchResult>> FindAsync(SearchTerms terms, int? page, int pageSize, CancellationToken cancellationToken)
    {
        if (terms.IsEmpty)
        {
            return new Paged<SearchResult>([], Paging.Of(1, pageSize, 0));
        }
        var requested = Math.Max(1, page ?? 1);
        var (hits, total) = await engine.FindAsync(terms, PublishedContent.DefaultLocale, (requested - 1) * pageSize, pageSize, cancellationToken).ConfigureAwait(false);
        var paging = Paging.Of(requested, pageSize, total);
        if (paging.Page != requested)
        {
            // Past the last page: show the last one rather than an empty list.
            (hits, _) = await engine.FindAsync(terms, PublishedContent.DefaultLocale, paging.Skip, pageSize, cancellationToken).ConfigureAwait(false);
        }
        var ids = hits.Select(h => h.VersionId).ToList();
        var versions = await db.Versions.AsNoTracking().Where(v => ids.Contains(v.Id))
            .Select(v => new { v.Id, v.Item!.Type, v.Slug, v.Title, v.Summary, v.Body, v.PublishedAt })
            .ToDictionaryAsync(v => v.Id, cancellationToken).ConfigureAwait(false);
        var results = hits.Where(h => versions.ContainsKey(h.VersionId)).Select(h => versions[h.VersionId]).Select(v => new SearchResult(
            v.Type,
            Items.ContentLabels.PublicPath(v.Type, v.Slug),
            Highlighter.Mark(v.Title, terms),
            Highlighter.Snippet($"{v.Summary} {markdown.PlainText(v.Body)}".Trim(), terms),
            v.PublishedAt)).ToList();
        return new Paged<SearchResult>(results, paging);
    }
}
