using Npgsql;

namespace ChildSafety.TestSupport;

/// <summary>
/// A fresh database on the throwaway PostgreSQL server that ./test.sh starts and names in
/// <c>CHILDSAFETY_TEST_POSTGRES</c>; dropped again on dispose.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const string Variable = "CHILDSAFETY_TEST_POSTGRES";

    private readonly string _adminConnectionString;
    private readonly string _name;

    private PostgresDatabase(string adminConnectionString, string name, string connectionString)
    {
        _adminConnectionString = adminConnectionString;
        _name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static string? AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Why PostgreSQL specifications cannot run here, or null when they can.</summary>
    public static string? Unavailable => AdminConnectionString is null
        ? $"PostgreSQL is not available: set {Variable} to an admin connection string (./test.sh starts a throwaway server and sets it)."
        : null;

    public static async Task<PostgresDatabase> CreateAsync(CancellationToken cancellationToken = default)
    {
        var admin = AdminConnectionString ?? throw new InvalidOperationException(Unavailable);
        var name = $"childsafety_test_{Guid.NewGuid():N}";
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0", cancellationToken);
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new PostgresDatabase(admin, name, connectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_adminConnectionString, $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", CancellationToken.None);
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // The name is ours (a Guid), never input: DDL takes no parameters.
#pragma warning disable CA2100
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
