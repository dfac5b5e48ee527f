using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

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
        return new DatabaseSettings(provider, connectionString!, dataPath);
    }
}
