using ChildSafety.Content.Data;
using ChildSafety.Content.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Audit;

/// <summary>
/// Another editor giving an item a slug: sent in its own transaction and held uncommitted, so that the edit it races
/// checks the slug before this commits and saves after.
/// </summary>
internal sealed class RivalEdit : IAsyncDisposable
{
    private readonly SiteServer _server;
    private readonly AsyncServiceScope _scope;
    private readonly IDbContextTransaction _transaction;

    private RivalEdit(SiteServer server, AsyncServiceScope scope, IDbContextTransaction transaction) =>
        (_server, _scope, _transaction) = (server, scope, transaction);

    public static async Task<RivalEdit> BeginAsync(SiteServer server, ContentItem item, string slug)
    {
        var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var transaction = await db.Database.BeginTransactionAsync();
        await db.Items.Where(i => i.Id == item.Id).ExecuteUpdateAsync(set => set.SetProperty(i => i.Slug, slug));
        return new RivalEdit(server, scope, transaction);
    }

    /// <summary>
    /// Commits once the racing edit waits behind this transaction. PostgreSQL shows it waiting for the lock; SQLite
    /// cannot show a waiting writer, so it gets a moment to check the slug (had it not, it would find the slug taken
    /// at its check instead, with the same answer).
    /// </summary>
    public async Task CommitOnceWaitedForAsync()
    {
        if (_server.Engine == DatabaseEngine.Postgres)
        {
            for (var tries = 0; await WaitingAsync(_server) == 0; tries++)
            {
                Assert.True(tries < 1500, "The racing edit never waited for this one.");
                await Task.Delay(20);
            }
        }
        else
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        await _transaction.CommitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _scope.DisposeAsync();
    }

    /// <summary>Asked outside this transaction, in which PostgreSQL would show the activity as it was at its first look.</summary>
    private static async Task<int> WaitingAsync(SiteServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Database
            .SqlQueryRaw<int>("""SELECT count(*)::int AS "Value" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'""")
            .SingleAsync();
    }
}
