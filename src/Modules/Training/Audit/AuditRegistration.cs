using ChildSafety.Core.Data;
using ChildSafety.Core.Figures;
using ChildSafety.Training.Audit.Api;
using ChildSafety.Training.Audit.Data;
using ChildSafety.Training.Audit.Exports;
using ChildSafety.Training.Audit.Indicators;
using ChildSafety.Training.Audit.Keeping;
using ChildSafety.Training.Audit.Trail;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Training.Audit;

public static class AuditRegistration
{
    public static IServiceCollection AddAudit(this IServiceCollection services, DatabaseSettings database)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextPool<AuditDbContext, PostgresAuditDbContext>(options => options
                .UseNpgsql(database.ConnectionString, npgsql => npgsql.ListsAsOneParameter()).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        }
        else
        {
            services.AddDbContextPool<AuditDbContext, SqliteAuditDbContext>(options => options
                .UseSqlite(database.ConnectionString, sqlite => sqlite.ListsAsOneParameter()).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        }
        services.AddScoped<PlanFacts>();
        services.AddScoped<IIndicator, AwarenessIndicator>();
        services.AddScoped<IIndicator, CertificateIndicator>();
        services.AddScoped<IIndicator, ConductIndicator>();
        services.AddScoped<IIndicator, PublicityIndicator>();
        services.AddScoped<IIndicator, OnlineSafetyIndicator>();
        services.AddScoped<IIndicator, IntegrationIndicator>();
        services.AddScoped<IIndicator, CommitmentIndicator>();
        services.AddScoped<KeptFigures>();
        services.AddSingleton<IFigureInputs, TrainingFigureInputs>();
        services.AddScoped<AuditIndicators>();
        services.AddScoped<AuditScopes>();
        services.AddScoped<AuditRequests>();
        services.AddScoped<AuditBehind>();
        services.AddScoped<AuditTrends>();
        services.AddScoped<AuditTables>();
        services.AddScoped<AuditTrailReader>();
        services.AddScoped<Reports.PeriodicReport>();
        return services;
    }

    public static void MapAudit(this IEndpointRouteBuilder endpoints)
    {
        AuditApi.Map(endpoints);
        ExportEndpoints.Map(endpoints);
    }
}
