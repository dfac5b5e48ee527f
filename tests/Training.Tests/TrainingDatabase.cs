using ChildSafety.Core.Audit;
using ChildSafety.Core.Data;
using ChildSafety.Core.Data.Postgres;
using ChildSafety.Core.Data.Sqlite;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Data;
using ChildSafety.Training.Data.Postgres;
using ChildSafety.Training.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Training.Tests;

/// <summary>A real SQLite file with the Core and Training tables migrated, and the module's services over it.</summary>
public sealed class TrainingDatabase : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("childsafety-training-").FullName;
    private readonly ServiceProvider _services;

    private TrainingDatabase(FixedClock clock)
    {
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "site.db")}", _folder);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddLogging();
        services.AddLocalization();
        services.AddModuleDatabase<CoreDbContext, SqliteCoreDbContext, PostgresCoreDbContext>(settings, SqliteCoreDbContext.HistoryTable);
        services.AddModuleDatabase<TrainingDbContext, SqliteTrainingDbContext, PostgresTrainingDbContext>(settings, SqliteTrainingDbContext.HistoryTable);
        services.AddScoped<AuditTrail>();
        services.AddScoped<ConductInForce>();
        services.AddScoped<ConductAcknowledgments>();
        services.AddScoped<ConductPolicies>();
        services.AddScoped<PaperAcknowledgments>();
        services.AddSingleton(settings);
        _services = services.BuildServiceProvider();
    }

    public static async Task<TrainingDatabase> CreateAsync(FixedClock clock)
    {
        var database = new TrainingDatabase(clock);
        foreach (var migration in database._services.GetServices<IDatabaseMigration>())
        {
            await migration.MigrateAsync(CancellationToken.None);
        }
        return database;
    }

    public static T Get<T>(AsyncServiceScope scope)
        where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public string DataPath => _folder;

    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
