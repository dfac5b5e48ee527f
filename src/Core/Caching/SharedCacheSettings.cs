namespace ChildSafety.Core.Caching;

/// <summary>Bound from the "SharedCache" section.</summary>
public sealed class SharedCacheSettings
{
    /// <summary>
    /// How often an instance looks for evictions made by another: the longest another instance serves a page that
    /// was changed. One small indexed read per interval.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
