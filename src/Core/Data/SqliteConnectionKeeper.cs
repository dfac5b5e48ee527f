using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChildSafety.Core.Data;

/// <summary>
/// Keeps a SQLite context's connection open from its first query until the context goes back to the pool (which
/// closes it), instead of EF's open and close around every query: each open takes a handle from the pool and
/// registers EF's SQL functions on it, each close unregisters them, and together that was about a twentieth of the
/// site's CPU on the quiz path. An idle open connection holds no lock in WAL mode. Not for PostgreSQL, whose pooled
/// connections are few and shared, and cost nothing to open again.
/// </summary>
internal sealed class SqliteConnectionKeeper : DbConnectionInterceptor
{
    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(InterceptionResult.Suppress());
}
