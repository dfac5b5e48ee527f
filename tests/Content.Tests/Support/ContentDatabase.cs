using ChildSafety.Core.Topics;
using ChildSafety.Content.Data;
using ChildSafety.Content.Items;
using ChildSafety.Content.Publishing;
using ChildSafety.Core.Audit;
using ChildSafety.Core.Caching;
using ChildSafety.Core.Data;
using ChildSafety.Core.Data.Postgres;
using ChildSafety.Core.Data.Sqlite;
using ChildSafety.Core.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ChildSafety.Content.Tests.Support;

/// <summary>
/// The Content module's real registrations on a fresh SQLite file, migrated as at start-up. One per test.
/// </summary>
public sealed class ContentDatabase : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "childsafety-content-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;

    public TestClock Clock { get; } = new();

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(new PermissionGrants([new CorePermissions(), new ContentPermissions()]));
        services.AddLogging();
        services.AddLocalization();
        services.AddSingleton(TopicCatalog.Load(Path.Combine(AppContext.BaseDirectory, "content")));
        var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "site.db")}", _folder);
        services.AddSingleton(settings);
        // Core's tables too: the demo loader reads organizations and publishing appends to the audit trail, as in the site.
        services.AddModuleDatabase<CoreDbContext, SqliteCoreDbContext, PostgresCoreDbContext>(settings, SqliteCoreDbContext.HistoryTable);
        services.AddScoped<AuditTrail>();
        var configuration = new ConfigurationBuilder().Build();
        services.AddSharedCache(configuration);
        new ContentModule().ConfigureServices(services, configuration);
        services.RemoveAll<IHostedService>();
        _services = services.BuildServiceProvider(validateScopes: true);
        foreach (var migration in _services.GetServices<IDatabaseMigration>())
        {
            await migration.MigrateAsync(CancellationToken.None);
        }
    }

    /// <summary>A fresh scope, as a request would have: its own DbContext and services.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Scope();
        return await work(scope.ServiceProvider);
    }

    public async Task WithAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = Scope();
        await work(scope.ServiceProvider);
    }

    public async Task<T> DbAsync<T>(Func<ContentDbContext, Task<T>> query) =>
        await WithAsync(sp => query(sp.GetRequiredService<ContentDbContext>()));

    public Task<EditResult> TryEditAsync(Func<ContentEditor, Task<EditResult>> edit) =>
        WithAsync(sp => edit(sp.GetRequiredService<ContentEditor>()));

    /// <summary>An edit that must succeed; returns the item as it now stands.</summary>
    public async Task<ContentItem> EditAsync(Func<ContentEditor, Task<EditResult>> edit)
    {
        var result = await TryEditAsync(edit);
        Assert.True(result.Succeeded, string.Join("; ", result.Outcome.Errors.Select(e => e.Value)));
        return result.Item!;
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
