using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace ChildSafety.Core.Web;

/// <summary>
/// Absolute addresses for links that leave the site — e-mails, signing links, QR codes, canonical links, feeds: the
/// configured public address (Site:PublicUrl) when there is one, because behind a proxy the request's own host may be
/// an internal name, and a Host header is whatever the client sent.
/// </summary>
public sealed class PublicUrls(IConfiguration configuration, IServer? server = null)
{
    public string Absolute(HttpRequest request, string path)
    {
        var configured = configuration["Site:PublicUrl"];
        var origin = string.IsNullOrWhiteSpace(configured) ? $"{request.Scheme}://{request.Host}" : configured.TrimEnd('/');
        return origin + path;
    }

    /// <summary>
    /// For work outside a request, such as reminder e-mails: Site:PublicUrl, else the address the server listens on —
    /// right on a single server, an internal name behind a proxy, which is why production sets Site:PublicUrl.
    /// </summary>
    public string Absolute(string path)
    {
        var configured = configuration["Site:PublicUrl"];
        var origin = !string.IsNullOrWhiteSpace(configured)
            ? configured
            : server?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost";
        return origin.TrimEnd('/') + path;
    }
}
