using ChildSafety.Content;
using ChildSafety.Core.Data;
using ChildSafety.Core.Data.Postgres;
using ChildSafety.Core.Data.Sqlite;
using ChildSafety.Core.Modules;
using ChildSafety.Core.Topics;
using ChildSafety.Training;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Bench.Generate;

/// <summary>
/// The site's data registrations without the web host: Core's context and each module's own registration, so the
/// generator writes through the same models and migrations as the site and knows no schema of its own.
/// </summary>
public static class GeneratorServices
{
    /// <summary>The modules whose tables the generator fills; the same list as the site's Program.cs.</summary>
    private static IModule[] Modules() => [new ContentModule(), new TrainingModule()];

    public static ServiceProvider Build(GeneratorOptions options)
    {
        var database = options.Database;
        Directory.CreateDirectory(database.DataPath);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(TopicCatalog.Load(Path.Combine(AppContext.BaseDirectory, "content")));
        services.AddModuleDatabase<CoreDbContext, SqliteCoreDbContext, PostgresCoreDbContext>(database, SqliteCoreDbContext.HistoryTable);
        foreach (var module in Modules())
        {
            module.ConfigureServices(services, options.Configuration);
        }
        return services.BuildServiceProvider();
    }
}
