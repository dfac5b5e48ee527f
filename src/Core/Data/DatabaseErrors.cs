using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ChildSafety.Core.Data;

/// <summary>
/// Tells the failures a write expects — another request stored the same unique row a moment earlier — from every
/// other database failure (a full disk, a lost connection, a timeout), which must surface as an error instead of
/// being taken for the race that was lost. Accepts the provider's exception or EF's wrapper around it.
/// </summary>
public static class DatabaseErrors
{
    /// <summary>SQLite's extended result codes SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.</summary>
    private const int SqliteUnique = 2067, SqlitePrimaryKey = 1555;

    /// <summary>SQLite's primary result code SQLITE_CONSTRAINT, whatever the constraint.</summary>
    private const int SqliteConstraint = 19;

    /// <summary>A unique index or primary key refused the row.</summary>
    public static bool IsUniqueViolation(Exception exception) => ProviderError(exception) switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        { SqlState: "23505" } => true,
        _ => false,
    };

    /// <summary>A unique index or a foreign key refused the row: a row it depends on or collides with changed meanwhile.</summary>
    public static bool IsConstraintViolation(Exception exception) => ProviderError(exception) switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint,
        { SqlState: "23505" or "23503" } => true,
        _ => false,
    };

    private static DbException? ProviderError(Exception exception) => exception as DbException ?? exception.InnerException as DbException;
}
