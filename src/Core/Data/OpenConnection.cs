using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ChildSafety.Core.Data;

/// <summary>
/// Several reads on one opening of a context's connection. EF opens and closes the connection around each query;
/// on SQLite every opening registers EF's SQL functions on the pooled handle, every closing removes them and passes
/// the pool's semaphore, which for a page of five small reads cost about as much as the reads. Opened here, EF's own
/// openings inside are counted and leave it open; it closes when this is disposed, so a page does not hold a
/// PostgreSQL connection while it renders.
/// </summary>
public sealed class OpenConnection : IAsyncDisposable
{
    private readonly DatabaseFacade database;

    private OpenConnection(DatabaseFacade database) => this.database = database;

    public static async Task<OpenConnection> OfAsync(DbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return new OpenConnection(db.Database);
    }

    public async ValueTask DisposeAsync() => await database.CloseConnectionAsync().ConfigureAwait(false);
}
