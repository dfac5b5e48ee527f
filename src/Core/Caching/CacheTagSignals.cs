using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;

namespace ChildSafety.Core.Caching;

/// <summary>
/// Lets in-memory entries (<see cref="SharedCache.GetOrLoadAsync{T}"/>) expire with a shared cache tag, as
/// output-cached pages are evicted by it: <see cref="SharedCache"/> signals a tag at once in the instance that changed
/// it, <see cref="CacheStampWatcher"/> in the others.
/// </summary>
public sealed class CacheTagSignals
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _sources = new(StringComparer.Ordinal);

    public IChangeToken For(string tag) => new CancellationChangeToken(_sources.GetOrAdd(tag, _ => new CancellationTokenSource()).Token);

    public void Signal(string tag)
    {
        if (_sources.TryRemove(tag, out var source))
        {
            source.Cancel();
            source.Dispose();
        }
    }
}
