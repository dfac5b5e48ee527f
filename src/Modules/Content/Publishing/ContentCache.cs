using ChildSafety.Core.Caching;

namespace ChildSafety.Content.Publishing;

/// <summary>
/// Public content pages are output-cached under one tag; anything that changes what the public sees evicts it, in
/// this instance and the others. Publishing is rare and pages are cheap to render, so one tag beats tracking which
/// page shows which item.
/// </summary>
public sealed class ContentCache(SharedCache cache)
{
    public const string Tag = "content";
    public const string Policy = "content";

    public Task EvictAsync(CancellationToken cancellationToken) => cache.EvictAsync(Tag, cancellationToken);
}
