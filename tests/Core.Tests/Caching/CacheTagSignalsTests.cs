using ChildSafety.Core.Caching;
using Microsoft.Extensions.Caching.Memory;

namespace ChildSafety.Core.Tests.Caching;

public class CacheTagSignalsTests
{
    [Fact]
    public void An_entry_watching_a_tag_expires_when_that_tag_is_signalled_and_not_for_another()
    {
        var signals = new CacheTagSignals();
        using var cache = new MemoryCache(new MemoryCacheOptions());
        cache.Set("courses", 1, signals.For("courses"));
        cache.Set("pages", 2, signals.For("content"));

        signals.Signal("courses");

        Assert.False(cache.TryGetValue("courses", out _));
        Assert.True(cache.TryGetValue("pages", out _));
    }

    [Fact]
    public void A_token_taken_after_a_signal_waits_for_the_next_one()
    {
        var signals = new CacheTagSignals();
        var before = signals.For("courses");
        signals.Signal("courses");
        var after = signals.For("courses");

        Assert.True(before.HasChanged);
        Assert.False(after.HasChanged);
        signals.Signal("courses");
        Assert.True(after.HasChanged);
    }

    [Fact]
    public void An_entry_read_while_its_tag_changed_is_not_kept()
    {
        var signals = new CacheTagSignals();
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var changed = signals.For("courses");
        signals.Signal("courses");

        cache.Set("courses", 1, changed);

        Assert.False(cache.TryGetValue("courses", out _));
    }
}
