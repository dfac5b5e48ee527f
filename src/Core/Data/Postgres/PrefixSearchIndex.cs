using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChildSafety.Core.Data.Postgres;

public static class PrefixSearchIndex
{
    /// <summary>
    /// For a path column searched as "Path LIKE '/1/4/%'" (StartsWith): a PostgreSQL btree answers a prefix LIKE only
    /// under the C collation or with the pattern operators, and production databases are created with the country's
    /// collation — without them an officer's list scans the whole table.
    /// </summary>
    public static IndexBuilder<TEntity> ForPrefixSearch<TEntity>(this IndexBuilder<TEntity> index) => index.HasOperators("text_pattern_ops");
}
