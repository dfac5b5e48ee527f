using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace ChildSafety.Content.Publishing;

/// <summary>
/// Output caching for public content pages: anonymous GETs only, one entry per culture and per list filter, tagged
/// so that publishing evicts them. Unlike the default policy it tolerates the cookie deletions that TempData sends
/// on every page, but still refuses any response that sets a real cookie, so nobody's token is served to another.
/// </summary>
internal sealed class PublicPageCachePolicy : IOutputCachePolicy
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var anonymous = context.HttpContext.User.Identity?.IsAuthenticated != true && !request.Headers.ContainsKey("Authorization");
        var cacheable = anonymous && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.Tags.Add(ContentCache.Tag);
        context.CacheVaryByRules.QueryKeys = new StringValues(["topic", "audience", "page", "q"]);
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Any(cookie => !IsDeletion(cookie)))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    private static bool IsDeletion(string? cookie) =>
        cookie is not null && cookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
}
