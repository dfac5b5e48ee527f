using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Core.Reminders;

public static class ReminderRegistration
{
    /// <summary>The ledger, one run, and the background job that repeats it; settings from the "Reminders" section.</summary>
    public static IServiceCollection AddChildSafetyReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReminderSettings>(configuration.GetSection("Reminders"));
        services.AddScoped<ReminderLedger>();
        services.AddScoped<ReminderRun>();
        services.AddHostedService<ReminderJob>();
        return services;
    }

    /// <summary>A module's reminders; the source is resolved in a scope at every run.</summary>
    public static IServiceCollection AddReminderSource<TSource>(this IServiceCollection services)
        where TSource : class, IReminderSource =>
        services.AddScoped<IReminderSource, TSource>();
}
