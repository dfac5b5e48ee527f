using ChildSafety.Content.Data;
using ChildSafety.Content.Items;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Content.Search;

/// <summary>
/// PostgreSQL full text with the 'simple' configuration (the text is already folded, and there is no Vietnamese
/// stemmer), written exactly as the GIN index of the Search migration so that the index serves it.
/// </summary>
internal sealed class PostgresContentSearch(ContentDbContext db) : IContentSearchEngine
{
    public async Task<(IReadOnlyList<SearchHit> Hits, int Total)> FindAsync(SearchTerms terms, string locale, int skip, int take, CancellationToken cancellationToken)
    {
        var tsQuery = terms.ToTsQuery();
        var current = db.Versions.AsNoTracking()
            .Where(v => v.Item!.State == ContentState.Published && v.Number == v.Item.PublishedVersion && v.Item.Locale == locale)
            .Where(v => EF.Functions.ToTsVector("simple", v.SearchText).Matches(EF.Functions.ToTsQuery("simple", tsQuery)));
        var total = await current.CountAsync(cancellationToken).ConfigureAwait(false);
        var page = await current
            .Select(v => new { v.Id, Relevance = (double)EF.Functions.ToTsVector("simple", v.SearchText).Rank(EF.Functions.ToTsQuery("simple", tsQuery)) })
            .OrderByDescending(m => m.Relevance).ThenByDescending(m => m.Id).Skip(skip).Take(take)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return (page.Select(m => new SearchHit(m.Id, m.Relevance)).ToList(), total);
    }
}
