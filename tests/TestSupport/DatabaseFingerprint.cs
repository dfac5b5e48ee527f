using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ChildSafety.TestSupport;

/// <summary>
/// Every table of a database as "rows:hash", the hash over its rows' values in a stable order, so that two
/// databases can be compared table by table without caring in which order rows were written.
/// </summary>
public static class DatabaseFingerprint
{
    public static async Task<IReadOnlyDictionary<string, string>> OfAsync(DatabaseEngine engine, string connectionString)
    {
        await using DbConnection connection = engine == DatabaseEngine.Postgres
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        var tables = await RowsAsync(connection, engine == DatabaseEngine.Postgres
            ? "SELECT table_schema || '.\"' || table_name || '\"' FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')"
            : "SELECT '\"' || name || '\"' FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        var fingerprint = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var rows = await RowsAsync(connection, $"SELECT * FROM {table}");
            rows.Sort(StringComparer.Ordinal);
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", rows)));
            fingerprint[table] = $"{rows.Count}:{Convert.ToHexString(hash)}";
        }
        return fingerprint;
    }

    private static async Task<List<string>> RowsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        // Table names come from the database's own catalogue, never from input.
#pragma warning disable CA2100
        command.CommandText = sql;
#pragma warning restore CA2100
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var values = new string[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                values[i] = reader.IsDBNull(i) ? "∅" : Text(reader.GetValue(i));
            }
            rows.Add(string.Join("\u001f", values));
        }
        return rows;
    }

    private static string Text(object value) => value switch
    {
        byte[] bytes => Convert.ToBase64String(bytes),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
