using Microsoft.AspNetCore.OutputCaching;

namespace ChildSafety.Content.Publishing;

/// <summary>
/// Public content pages are output-cached under one tag; anything that changes what the public sees evicts it.
/// Publishing is rare and pages are cheap to render, so one tag beats tracking which page shows which item.
/// </summary>
public sealed class ContentCache(IOutputCacheStore store)
{
    public const string Tag = "content";
    public const string Policy = "content";

    public ValueTask EvictAsync(CancellationToken cancellationToken) => store.EvictByTagAsync(Tag, cancellationToken);
}
