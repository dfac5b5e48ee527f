namespace ChildSafety.Core.Caching;

/// <summary>
/// One row per output-cache tag, counting the changes that evicted it. Every instance of the site compares the
/// counts with the ones it saw last and evicts its own copy of a tag whose count moved.
/// </summary>
public sealed class CacheStamp
{
    public required string Tag { get; init; }

    public long Version { get; set; }
}
