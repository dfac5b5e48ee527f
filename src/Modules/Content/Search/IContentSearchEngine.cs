namespace ChildSafety.Content.Search;

/// <summary>The database's own full-text search over the published versions: FTS5 on SQLite, tsvector on PostgreSQL.</summary>
public interface IContentSearchEngine
{
    /// <summary>One page of the current published versions in <paramref name="locale"/> that contain every word, best first, and how many there are.</summary>
    Task<(IReadOnlyList<SearchHit> Hits, int Total)> FindAsync(SearchTerms terms, string locale, int skip, int take, CancellationToken cancellationToken);
}
