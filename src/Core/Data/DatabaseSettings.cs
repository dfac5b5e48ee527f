using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace ChildSafety.Core.Data;

/// <summary>
/// Which engine holds the data and where: SQLite in <c>{Site:DataPath}/site.db</c> unless
/// <c>Database:Provider=Postgres</c> and <c>ConnectionStrings:Default</c> say otherwise.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, string DataPath)
{
    /// <summary>Reads the settings relative to the host's content root, which the host puts into configuration.</summary>
    public static DatabaseSettings From(IConfiguration configuration) =>
        From(configuration, configuration[HostDefaults.ContentRootKey] ?? Directory.GetCurrentDirectory());

    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var dataPath = Path.GetFullPath(configuration["Site:DataPath"] ?? "App_Data", contentRoot);
        var providerName = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerName) || providerName.Equals("Sqlite", StringComparison.OrdinalIgnoreCase)
            ? DatabaseProvider.Sqlite
            : providerName.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || providerName.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase)
                ? DatabaseProvider.Postgres
                : throw new InvalidOperationException($"Database:Provider '{providerName}' is not supported; use Sqlite or Postgres.");

        var connectionString = configuration.GetConnectionString("Default");
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Default is not set.");
        }
        if (provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = $"Data Source={Path.Combine(dataPath, "site.db")}";
        }
        return new DatabaseSettings(provider, provider == DatabaseProvider.Postgres ? WithoutReset(connectionString!) : connectionString!, dataPath);
    }

    /// <summary>
    /// Npgsql sends DISCARD ALL with the first command after every pooled connection comes back, one extra statement
    /// per request. The site leaves no session state behind: its only lock is the audit trail's
    /// pg_advisory_xact_lock, released at commit or rollback, it issues no SET and creates no temporary table, and
    /// Npgsql still rolls back a transaction left open when a connection returns to the pool. With no reset, the
    /// statements a connection has prepared survive from one request to the next, so the ones the site sends over
    /// and over (the quiz's reads and saves, the sign-in cookie's checks) are prepared once per connection and then
    /// skip PostgreSQL's parse and plan — unless the operator set Max Auto Prepare themselves (0 turns it off, for a
    /// pooler that cannot carry prepared statements).
    /// </summary>
    private static string WithoutReset(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true };
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>();
        if (!given.Any(key => key.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
        }
        return builder.ConnectionString;
    }

    /// <summary>Per connection; Npgsql prepares a statement once it has been sent a few times (Auto Prepare Min Usages).</summary>
    private const int AutoPreparedStatements = 100;
}
