using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Core.Caching;

public static class SharedCacheRegistration
{
    /// <summary>Output caching whose evictions reach every instance; settings from the "SharedCache" section.</summary>
    public static IServiceCollection AddSharedOutputCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SharedCacheSettings>(configuration.GetSection("SharedCache"));
        services.AddOutputCache();
        services.AddSingleton<SharedOutputCache>();
        services.AddHostedService<CacheStampWatcher>();
        return services;
    }
}
