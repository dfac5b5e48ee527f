using ChildSafety.Core.Audit;
using ChildSafety.Core.Data;
using ChildSafety.Core.Data.Postgres;
using ChildSafety.Core.Data.Sqlite;
using ChildSafety.Core.Mail;
using ChildSafety.Core.Reminders;
using ChildSafety.Core.Web;
using ChildSafety.Training.Commitments;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Data;
using ChildSafety.Training.Data.Postgres;
using ChildSafety.Training.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
        services.AddMemoryCache();
        services.AddSingleton<ConductClearances>();
        services.AddScoped<PaperAcknowledgments>();
        services.AddScoped<FamilyCommitments>();
        services.AddSingleton(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([KeyValuePair.Create("Site:PublicUrl", (string?)PublicUrl)]).Build();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<PublicUrls>();
        services.AddSingleton<IMailSender>(new PickupFolderMailSender(Options.Create(new MailSettings()), MailFolder, clock));
        services.AddChildSafetyReminders(configuration);
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

    public const string PublicUrl = "https://an-toan.example.edu.vn";

    public string DataPath => _folder;

    /// <summary>Where the e-mails sent through the real pickup-folder sender land.</summary>
    public string MailFolder => Path.Combine(_folder, "mail");

    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
