using ChildSafety.Core.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Core.Caching;

/// <summary>
/// Evicts a cache tag — the output-cached pages tagged with it and the in-memory entries that watch it
/// (<see cref="CacheTagSignals"/>) — in this instance at once and, through the tag's <see cref="CacheStamp"/>, in
/// every other instance on the same database at its next poll (<see cref="CacheStampWatcher"/>); and keeps in memory
/// what a tag covers until then.
/// </summary>
public sealed class SharedCache(IOutputCacheStore store, IMemoryCache memory, CacheTagSignals signals, IServiceScopeFactory scopes)
{
    /// <summary>
    /// The entry under <paramref name="key"/>, or what <paramref name="load"/> reads, kept until <paramref name="tag"/>
    /// is evicted. The tag's token is taken before the read, so a change during the read expires the entry as soon as
    /// it is set. Shared between requests, so read-only.
    /// </summary>
    public async Task<T> GetOrLoadAsync<T>(string tag, object key, Func<Task<T>> load)
        where T : class
    {
        if (memory.TryGetValue(key, out T? kept) && kept is not null)
        {
            return kept;
        }
        var changed = signals.For(tag);
        var loaded = await load();
        memory.Set(key, loaded, new MemoryCacheEntryOptions { Size = 1 }.AddExpirationToken(changed));
        return loaded;
    }

    public async Task EvictAsync(string tag, CancellationToken cancellationToken)
    {
        await store.EvictByTagAsync(tag, cancellationToken);
        signals.Signal(tag);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        if (await BumpAsync(db, tag, cancellationToken) > 0)
        {
            return;
        }
        try
        {
            db.CacheStamps.Add(new CacheStamp { Tag = tag, Version = 1 });
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            // Another instance created the tag's row first: count this change on it.
            await BumpAsync(db, tag, cancellationToken);
        }
    }

    private static Task<int> BumpAsync(CoreDbContext db, string tag, CancellationToken cancellationToken) =>
        db.CacheStamps.Where(s => s.Tag == tag)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
}
