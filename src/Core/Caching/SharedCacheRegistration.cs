using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Core.Caching;

public static class SharedCacheRegistration
{
    /// <summary>
    /// Output caching and in-memory caching whose evictions reach every instance; settings from the "SharedCache"
    /// section.
    /// </summary>
    public static IServiceCollection AddSharedCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SharedCacheSettings>(configuration.GetSection("SharedCache"));
        services.AddOutputCache();
        services.AddMemoryCache();
        services.AddSingleton<CacheTagSignals>();
        services.AddSingleton<SharedCache>();
        services.AddHostedService<CacheStampWatcher>();
        return services;
    }
}
