using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ChildSafety.Core.Data;

/// <summary>
/// SQLite lets one writer at a time into its file; writers that meet at its lock sleep in busy_timeout's back-off
/// (1, 2, 5 … 100 ms) and, under load, wake long after the lock came free. Queued here instead, first come first
/// served, each write starts the moment the one before has committed. On PostgreSQL, whose writers do not exclude
/// each other, entering costs nothing. Process-wide, as one process holds one site.
/// </summary>
public static class SqliteWriter
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Waits for this writer's turn; disposing the turn hands it on.</summary>
    public static async ValueTask<WriterTurn> EnterAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        if (!database.IsSqlite())
        {
            return default;
        }
        await Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new WriterTurn(Gate);
    }
}
