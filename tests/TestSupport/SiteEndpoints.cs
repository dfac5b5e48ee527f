using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.TestSupport;

/// <summary>
/// Every endpoint the running site maps, read from its <see cref="EndpointDataSource"/>: all modules' Razor pages
/// and minimal APIs, so that a new endpoint is picked up by the specifications that walk them without being listed.
/// </summary>
public static class SiteEndpoints
{
    public static async Task<IReadOnlyList<SiteEndpoint>> AllAsync(SiteServer server)
    {
        var source = server.Services.GetRequiredService<EndpointDataSource>();
        var loader = server.Services.GetRequiredService<PageLoader>();
        var found = new List<SiteEndpoint>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = Normalize(endpoint.RoutePattern.RawText);
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                var posts = compiled.HandlerMethods
                    .Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase))
                    .Select(h => h.Name ?? "")
                    .ToList();
                List<string> methods = posts.Count > 0 ? ["GET", "POST"] : ["GET"];
                found.Add(new SiteEndpoint(pattern, methods, IsPage: true, posts));
            }
            else
            {
                var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                found.Add(new SiteEndpoint(pattern, [.. methods], IsPage: false, []));
            }
        }
        return [.. found.DistinctBy(e => e.ToString()).OrderBy(e => e.Pattern, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Lower case, as the site writes its links, and without the "/Index" alias Razor Pages adds beside a folder's
    /// route (both reach the same page).
    /// </summary>
    private static string Normalize(string? raw)
    {
        var pattern = (raw ?? "").Trim('/');
        pattern = pattern.Equals("index", StringComparison.OrdinalIgnoreCase) ? ""
            : pattern.EndsWith("/index", StringComparison.OrdinalIgnoreCase) ? pattern[..^"/index".Length]
            : pattern;
        return string.Concat(pattern.Select(char.ToLowerInvariant));
    }
}
