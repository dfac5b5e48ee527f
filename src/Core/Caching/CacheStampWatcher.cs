using ChildSafety.Core.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChildSafety.Core.Caching;

/// <summary>
/// Reads the cache stamps every <see cref="SharedCacheSettings.PollInterval"/> and evicts from this instance's output
/// cache and in-memory entries each tag whose count moved since the last read, so a publication on one instance
/// reaches all of them.
/// Polling works on both engines alike; the table holds one row per tag, so a read costs next to nothing.
/// </summary>
internal sealed class CacheStampWatcher(
    IServiceScopeFactory scopes,
    IOutputCacheStore store,
    CacheTagSignals signals,
    IOptions<SharedCacheSettings> settings,
    TimeProvider clock,
    ILogger<CacheStampWatcher> logger) : BackgroundService
{
    private Dictionary<string, long>? _seen;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Value.PollInterval, clock);
        do
        {
            try
            {
                await EvictChangedAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database outage must not end the watching; the next tick reads again.
                logger.LogError(ex, "Reading the cache stamps failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task EvictChangedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var stamps = await db.CacheStamps.AsNoTracking().ToDictionaryAsync(s => s.Tag, s => s.Version, cancellationToken);
        // The first read is the baseline: nothing was cached before this instance started.
        if (_seen is not null)
        {
            foreach (var (tag, version) in stamps)
            {
                if (!_seen.TryGetValue(tag, out var seen) || seen != version)
                {
                    await store.EvictByTagAsync(tag, cancellationToken);
                    signals.Signal(tag);
                }
            }
        }
        _seen = stamps;
    }
}
