using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChildSafety.Content.Publishing;

/// <summary>Every half minute, publishes the items whose scheduled time has come.</summary>
internal sealed class ScheduledPublisher(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledPublisher> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var published = await scope.ServiceProvider.GetRequiredService<ContentEditor>().PublishDueAsync(stoppingToken);
                if (published > 0 && logger.IsEnabled(LogLevel.Information))
                {
                    logger.LogInformation("Published {Count} scheduled content items", published);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // An outage of the database must not stop the scheduler for good; the next tick tries again.
                logger.LogError(ex, "Scheduled publishing failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
