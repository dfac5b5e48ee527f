using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace ChildSafety.Core.Data;

/// <summary>
/// Inserts many entities on the context's open transaction: binary COPY on PostgreSQL, multi-row INSERT statements
/// on SQLite. Change tracking costs more than the database does for 150,000 people, so this skips it, but takes
/// table, columns and value conversions from the EF model so that the rows are exactly those SaveChanges would
/// write, on either engine. Keys are written as given: the caller assigns them.
/// </summary>
public static class BulkInsert
{
    /// <summary>
    /// Parameters per statement. Engines allow tens of thousands, but SQLite finds each parameter by a linear
    /// search of the statement's names, so binding costs grow with the square of this number; a thousand keeps
    /// binding cheap while still cutting round trips forty-fold.
    /// </summary>
    private const int MaxParameters = 1_000;

    private const int MaxRowsPerStatement = 100;

    public static async Task InsertAsync<TEntity>(DbContext db, IEnumerable<TEntity> entities, CancellationToken cancellationToken)
        where TEntity : class
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside the caller's transaction, so that they are all or nothing.");
        var entityType = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Select(p => new Column(p, p.GetColumnName(table)!, p.GetRelationalTypeMapping()))
            .Where(c => c.Name is not null)
            .ToList();
        var sql = db.GetService<ISqlGenerationHelper>();

        if (transaction.Connection is NpgsqlConnection postgres)
        {
            await CopyAsync(postgres, sql, table, columns, entities, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await InsertRowsAsync(transaction, sql, table, columns, entities, cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping)
    {
        public object? ProviderValue(object entity)
        {
            var value = Property.GetGetter().GetClrValue(entity);
            return value is not null && Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }

    private static async Task CopyAsync<TEntity>(
        NpgsqlConnection connection, ISqlGenerationHelper sql, StoreObjectIdentifier table, List<Column> columns,
        IEnumerable<TEntity> entities, CancellationToken cancellationToken)
        where TEntity : class
    {
        var copy = $"COPY {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        // The base name ("character varying", not "character varying(200)") is what the binary writer resolves.
        var typeNames = columns.Select(c => c.Mapping.StoreTypeNameBase).ToArray();
        var importer = await connection.BeginBinaryImportAsync(copy, cancellationToken).ConfigureAwait(false);
        await using (importer.ConfigureAwait(false))
        {
            foreach (var entity in entities)
            {
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < columns.Count; i++)
                {
                    var value = columns[i].ProviderValue(entity);
                    if (value is null)
                    {
                        await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await importer.WriteAsync(value, typeNames[i], cancellationToken).ConfigureAwait(false);
                    }
                }
            }
            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task InsertRowsAsync<TEntity>(
        DbTransaction transaction, ISqlGenerationHelper sql, StoreObjectIdentifier table, List<Column> columns,
        IEnumerable<TEntity> entities, CancellationToken cancellationToken)
        where TEntity : class
    {
        var rowsPerStatement = Math.Clamp(MaxParameters / columns.Count, 1, MaxRowsPerStatement);
        DbCommand? command = null;
        try
        {
            foreach (var chunk in entities.Chunk(rowsPerStatement))
            {
                if (command is null || command.Parameters.Count != chunk.Length * columns.Count)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync().ConfigureAwait(false);
                    }
                    command = CreateCommand(transaction, sql, table, columns, chunk.Length);
                }
                var index = 0;
                foreach (var entity in chunk)
                {
                    foreach (var column in columns)
                    {
                        command.Parameters[index++].Value = column.ProviderValue(entity) ?? DBNull.Value;
                    }
                }
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>One statement for <paramref name="rows"/> rows, reused for every chunk of that size.</summary>
    private static DbCommand CreateCommand(DbTransaction transaction, ISqlGenerationHelper sql, StoreObjectIdentifier table, List<Column> columns, int rows)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var text = new System.Text.StringBuilder()
            .Append("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema))
            .Append(" (").AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.Name))).Append(") VALUES ");
        var index = 0;
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns.Count; column++, index++)
            {
                var name = "p" + index;
                text.Append(column == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                // The mapping configures the parameter as EF would (e.g. SQLite stores Guid and dates as text).
                command.Parameters.Add(columns[column].Mapping.CreateParameter(command, sql.GenerateParameterName(name), null, nullable: true));
            }
            text.Append(')');
        }
        command.CommandText = text.ToString();
        return command;
    }
}
