using System.Data;
using System.Data.Common;
using ChildSafety.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Core.Tests.Data;

/// <summary>A request's SQLite context opens its connection once, keeps it between queries and gives it up with the context.</summary>
public sealed class SqliteConnectionKeeperTests : IAsyncLifetime
{
    private SqliteCoreDatabase _database = null!;

    public async Task InitializeAsync() => _database = await SqliteCoreDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_connection_stays_open_between_queries_and_transactions_and_closes_when_the_scope_ends()
    {
        DbConnection connection;
        await using (var scope = _database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
            connection = db.Database.GetDbConnection();
            Assert.Equal(ConnectionState.Closed, connection.State);

            await db.CacheStamps.CountAsync();
            Assert.Equal(ConnectionState.Open, connection.State);

            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                db.CacheStamps.Add(new() { Tag = "kept", Version = 1 });
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            }
            Assert.Equal(ConnectionState.Open, connection.State);
            Assert.Equal(1, await db.CacheStamps.CountAsync(s => s.Tag == "kept"));
        }

        Assert.Equal(ConnectionState.Closed, connection.State);
        await using var next = _database.Scope();
        Assert.Equal(1, await next.ServiceProvider.GetRequiredService<CoreDbContext>().CacheStamps.CountAsync(s => s.Tag == "kept"));
    }
}
