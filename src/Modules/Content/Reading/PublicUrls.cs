using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace ChildSafety.Content.Reading;

/// <summary>
/// Absolute addresses for canonical links, Open Graph, the sitemap and the feed: the configured public address
/// (Site:PublicUrl) when there is one, because behind a proxy the request's own host may be an internal name.
/// </summary>
public sealed class PublicUrls(IConfiguration configuration)
{
    public string Absolute(HttpRequest request, string path)
    {
        var configured = configuration["Site:PublicUrl"];
        var origin = string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}" : configured.TrimEnd('/');
        return origin + path;
    }
}
