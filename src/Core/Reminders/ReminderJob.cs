using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChildSafety.Core.Reminders;

/// <summary>
/// Runs the reminders shortly after start (<see cref="ReminderSettings.FirstRunDelaySeconds"/>) and then every <see cref="ReminderSettings.IntervalMinutes"/>. Every instance of the
/// site may run it: the ledger lets only one of them send a given reminder.
/// </summary>
internal sealed class ReminderJob(IServiceScopeFactory scopes, IOptions<ReminderSettings> settings, TimeProvider clock, ILogger<ReminderJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.Enabled)
        {
            return;
        }
        if (settings.Value.FirstRunDelaySeconds > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(settings.Value.FirstRunDelaySeconds), clock, stoppingToken);
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, settings.Value.IntervalMinutes)), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ReminderRun>().RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // An outage of the database or the mail server must not stop the job for good; the next tick tries again.
                logger.LogError(ex, "The reminder run failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
