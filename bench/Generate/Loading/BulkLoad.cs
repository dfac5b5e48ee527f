using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Bench.Generate.Loading;

/// <summary>Opens a <see cref="ModuleLoad{TContext}"/>: one connection, loading pragmas, one transaction.</summary>
public static class BulkLoad
{
    public static async Task<ModuleLoad<TContext>> BeginAsync<TContext>(IServiceProvider services, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // For this connection only: the site's own connections keep synchronous=FULL.
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=OFF", cancellationToken);
        }
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            // For this transaction, and only where allowed (a superuser): no triggers, so no learning stamp is raised
            // row by row — they only tell a running site that its copies of someone's records are stale, and a freshly
            // generated database has no site holding any.
            await db.Database.ExecuteSqlRawAsync(
                "SELECT set_config('session_replication_role', 'replica', true) WHERE current_setting('is_superuser') = 'on'", cancellationToken);
        }
        return new ModuleLoad<TContext>(scope, db, transaction);
    }
}
