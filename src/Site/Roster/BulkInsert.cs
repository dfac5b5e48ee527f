using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ChildSafety.Site.Roster;

/// <summary>
/// Inserts many entities with multi-row INSERT statements on the context's open transaction. Change tracking
/// costs more than the database does for 150,000 people, so this skips it, but takes table, columns and value
/// conversions from the EF model so that the rows are exactly those SaveChanges would write, on either engine.
/// </summary>
internal static class BulkInsert
{
    /// <summary>
    /// Parameters per statement. Engines allow tens of thousands, but SQLite finds each parameter by a linear
    /// search of the statement's names, so binding costs grow with the square of this number; a thousand keeps
    /// binding cheap while still cutting round trips to PostgreSQL forty-fold.
    /// </summary>
    private const int MaxParameters = 1_000;

    private const int MaxRowsPerStatement = 100;

    public static async Task InsertAsync<TEntity>(DbContext db, IReadOnlyList<TEntity> entities, CancellationToken cancellationToken)
        where TEntity : class
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk inserts run inside the caller's transaction, so that they are all or nothing.");
        var entityType = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var columns = entityType.GetProperties()
            .Select(p => (Property: p, Column: p.GetColumnName(table), Mapping: p.GetRelationalTypeMapping()))
            .Where(c => c.Column is not null)
            .ToList();
        var sql = db.GetService<ISqlGenerationHelper>();
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
                    foreach (var (property, _, mapping) in columns)
                    {
                        command.Parameters[index++].Value = ProviderValue(property, mapping, entity);
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
    private static DbCommand CreateCommand(
        DbTransaction transaction,
        ISqlGenerationHelper sql,
        StoreObjectIdentifier table,
        List<(IProperty Property, string? Column, RelationalTypeMapping Mapping)> columns,
        int rows)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var text = new System.Text.StringBuilder()
            .Append("INSERT INTO ").Append(sql.DelimitIdentifier(table.Name, table.Schema))
            .Append(" (").AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.Column!))).Append(") VALUES ");
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

    private static object ProviderValue(IProperty property, RelationalTypeMapping mapping, object entity)
    {
        var value = property.GetGetter().GetClrValue(entity);
        if (value is not null && mapping.Converter is { } converter)
        {
            value = converter.ConvertToProvider(value);
        }
        return value ?? DBNull.Value;
    }
}
