using ChildSafety.Core.Figures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChildSafety.Core.Data;

public static class ModuleDataRegistration
{
    /// <summary>
    /// Registers a module's DbContext on the configured engine. Each engine has its own subclass of the context
    /// because each has its own migrations; the module's history table keeps modules' migrations apart. Every
    /// module's saves pass through <see cref="FigureInvalidation"/>, so no module has to remember the audit's kept figures.
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TContext, TSqlite, TPostgres>(
        this IServiceCollection services, DatabaseSettings settings, string historyTable)
        where TContext : DbContext
        where TSqlite : TContext
        where TPostgres : TContext
    {
        services.TryAddSingleton<FigureInvalidation>();
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextPool<TContext, TPostgres>((sp, options) => options.UseChildSafetyPostgres(settings.ConnectionString, historyTable)
                .AddInterceptors(sp.GetRequiredService<FigureInvalidation>()));
        }
        else
        {
            services.AddDbContextPool<TContext, TSqlite>((sp, options) => options.UseChildSafetySqlite(settings.ConnectionString, historyTable)
                .AddInterceptors(sp.GetRequiredService<FigureInvalidation>()));
        }
        services.AddSingleton<IDatabaseMigration>(sp => new DatabaseMigration<TContext>(sp));
        return services;
    }

    /// <summary>Lets the module's hottest small writes share commits (<see cref="GroupCommit{TContext}"/>).</summary>
    public static IServiceCollection AddGroupCommit<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        services.AddSingleton<GroupCommit<TContext>>();
        services.AddHostedService(sp => sp.GetRequiredService<GroupCommit<TContext>>());
        return services;
    }

    public static DbContextOptionsBuilder UseChildSafetySqlite(this DbContextOptionsBuilder options, string connectionString, string historyTable) =>
        options
            .UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(historyTable).ListsAsOneParameter())
            .AddInterceptors(new SqliteDurabilityInterceptor());

    public static DbContextOptionsBuilder UseChildSafetyPostgres(this DbContextOptionsBuilder options, string connectionString, string historyTable) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(historyTable).ListsAsOneParameter());

    /// <summary>
    /// A list in a query (ids.Contains(x)) travels as one array parameter (json_each on SQLite, = ANY on PostgreSQL),
    /// not EF 10's default of one parameter per element: a province's 150,000 people are more than the 32,766
    /// variables SQLite accepts (PostgreSQL stops at 65,535), and such a page failed with "too many SQL variables".
    /// </summary>
    public static SqliteDbContextOptionsBuilder ListsAsOneParameter(this SqliteDbContextOptionsBuilder sqlite) =>
        sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter);

    /// <inheritdoc cref="ListsAsOneParameter(SqliteDbContextOptionsBuilder)"/>
    public static NpgsqlDbContextOptionsBuilder ListsAsOneParameter(this NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter);

    private sealed class DatabaseMigration<TContext>(IServiceProvider services) : IDatabaseMigration
        where TContext : DbContext
    {
        public async Task<bool> IsPendingAsync(CancellationToken cancellationToken)
        {
            await using var scope = services.CreateAsyncScope();
            return await IsPendingAsync(scope.ServiceProvider.GetRequiredService<TContext>().Database, cancellationToken).ConfigureAwait(false);
        }

        public async Task MigrateAsync(CancellationToken cancellationToken)
        {
            await using var scope = services.CreateAsyncScope();
            var database = scope.ServiceProvider.GetRequiredService<TContext>().Database;
            if (await IsPendingAsync(database, cancellationToken).ConfigureAwait(false))
            {
                await database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        // Migrate() also takes the migration lock and compares the model with the snapshot, which costs a noticeable
        // part of a cold start; reading the history table is enough to know it has nothing to do.
        private static async Task<bool> IsPendingAsync(DatabaseFacade database, CancellationToken cancellationToken)
        {
            var applied = await database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false);
            return database.GetMigrations().Except(applied).Any();
        }
    }
}
