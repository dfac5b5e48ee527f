using ChildSafety.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Bench.Generate.Loading;

/// <summary>
/// One transaction on one module's database, filled through Core's <see cref="BulkInsert"/> (COPY on PostgreSQL,
/// multi-row inserts on SQLite). Keys are assigned by the generator, so on PostgreSQL the identity sequences are
/// moved past them on commit, or the site's first insert would collide.
/// </summary>
public sealed class ModuleLoad<TContext> : IAsyncDisposable
    where TContext : DbContext
{
    private readonly AsyncServiceScope scope;
    private readonly IDbContextTransaction transaction;
    private readonly HashSet<IEntityType> loaded = [];

    internal ModuleLoad(AsyncServiceScope scope, TContext db, IDbContextTransaction transaction)
    {
        this.scope = scope;
        Db = db;
        this.transaction = transaction;
    }

    public TContext Db { get; }

    public long Rows { get; private set; }

    public async Task AddAsync<TEntity>(IReadOnlyCollection<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        await BulkInsert.InsertAsync(Db, rows, cancellationToken);
        loaded.Add(Db.Model.FindEntityType(typeof(TEntity))!);
        Rows += rows.Count;
    }

    public async Task<long> CommitAsync(CancellationToken cancellationToken)
    {
        if (Db.Database.IsNpgsql())
        {
            foreach (var entityType in loaded)
            {
                await AdvanceSequenceAsync(entityType, cancellationToken);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return Rows;
    }

    private async Task AdvanceSequenceAsync(IEntityType entityType, CancellationToken cancellationToken)
    {
        if (entityType.FindPrimaryKey()?.Properties is not [{ ValueGenerated: ValueGenerated.OnAdd } key] || key.ClrType != typeof(int) && key.ClrType != typeof(long))
        {
            return;
        }
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = Db.GetService<ISqlGenerationHelper>();
        var tableName = sql.DelimitIdentifier(table.Name, table.Schema);
        var column = sql.DelimitIdentifier(key.GetColumnName(table)!);
        await using var command = Db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = $"SELECT setval(pg_get_serial_sequence('{tableName}', '{key.GetColumnName(table)}'), (SELECT max({column}) FROM {tableName}))";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await Db.Database.CloseConnectionAsync();
        await scope.DisposeAsync();
    }
}
