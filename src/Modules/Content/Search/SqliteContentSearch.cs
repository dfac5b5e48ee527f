using ChildSafety.Content.Data;
using ChildSafety.Content.Items;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Content.Search;

/// <summary>FTS5's MATCH and bm25 over the ContentSearch table the Search migration keeps in step with the versions.</summary>
internal sealed class SqliteContentSearch(ContentDbContext db) : IContentSearchEngine
{
    public async Task<(IReadOnlyList<SearchHit> Hits, int Total)> FindAsync(SearchTerms terms, string locale, int skip, int take, CancellationToken cancellationToken)
    {
        var matches = db.Database.SqlQuery<FtsMatch>(
            $"""SELECT rowid AS "VersionId", -bm25("ContentSearch") AS "Relevance" FROM "ContentSearch" WHERE "ContentSearch" MATCH {terms.ToFts5()}""");
        var current = from match in matches
                      join version in db.Versions on match.VersionId equals version.Id
                      where version.Item!.State == ContentState.Published && version.Number == version.Item.PublishedVersion && version.Item.Locale == locale
                      select match;
        var total = await current.CountAsync(cancellationToken).ConfigureAwait(false);
        var page = await current.OrderByDescending(m => m.Relevance).ThenByDescending(m => m.VersionId).Skip(skip).Take(take)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return (page.Select(m => new SearchHit(m.VersionId, m.Relevance)).ToList(), total);
    }

    private sealed record FtsMatch(long VersionId, double Relevance);
}
