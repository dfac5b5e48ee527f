using ChildSafety.Core.Audit;
using ChildSafety.Core.Data;
using ChildSafety.Core.Data.Postgres;
using ChildSafety.Core.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Core.Tests;

/// <summary>A real, migrated SQLite file of the Core tables in a temporary folder, fresh for each test.</summary>
public sealed class SqliteCoreDatabase : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("childsafety-core-").FullName;
    private readonly ServiceProvider _services;

    private SqliteCoreDatabase()
    {
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "site.db")}", _folder);
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddModuleDatabase<CoreDbContext, SqliteCoreDbContext, PostgresCoreDbContext>(settings, SqliteCoreDbContext.HistoryTable);
        services.AddScoped<AuditTrail>();
        services.AddGroupCommit<CoreDbContext>();
        _services = services.BuildServiceProvider();
    }

    public static async Task<SqliteCoreDatabase> CreateAsync()
    {
        var database = new SqliteCoreDatabase();
        foreach (var migration in database._services.GetServices<IDatabaseMigration>())
        {
            await migration.MigrateAsync(CancellationToken.None);
        }
        return database;
    }

    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
