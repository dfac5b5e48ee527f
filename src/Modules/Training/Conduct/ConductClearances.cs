using ChildSafety.Core.Text;
using Microsoft.Extensions.Caching.Memory;

namespace ChildSafety.Training.Conduct;

/// <summary>
/// Who has accepted the code in force, remembered for a minute so that <see cref="ConductGate"/> asks the database
/// about them once a minute rather than on every request. A publication in this instance forgets everyone at once
/// and a new day starts afresh (a version takes effect at midnight); another instance's publication, or a person
/// moved to another school or position, is seen within the minute.
/// </summary>
public sealed class ConductClearances(IMemoryCache cache, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private long _publications;

    public bool IsCleared(Guid personId) => cache.TryGetValue(Key(personId), out _);

    public void Remember(Guid personId) =>
        cache.Set(Key(personId), true, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });

    public void ForgetAll() => Interlocked.Increment(ref _publications);

    private (string, Guid, long, DateOnly) Key(Guid personId) =>
        ("conduct-cleared", personId, Interlocked.Read(ref _publications), VietnamTime.Today(clock));
}
