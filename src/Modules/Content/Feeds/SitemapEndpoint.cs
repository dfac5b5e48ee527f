using System.Xml.Linq;
using ChildSafety.Content.Items;
using ChildSafety.Content.Publishing;
using ChildSafety.Content.Reading;
using ChildSafety.Core.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Content.Feeds;

/// <summary>/sitemap.xml: the home page, the section lists and every published item, for search engines.</summary>
internal static class SitemapEndpoint
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly string[] FixedPages = ["/", "/handbook", "/search"];

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/sitemap.xml", RenderAsync).CacheOutput(ContentCache.Policy);

    private static async Task<IResult> RenderAsync(HttpRequest request, PublishedContent content, PublicUrls urls, CancellationToken cancellationToken)
    {
        var items = await content.All().Select(i => new { i.Type, i.Slug, i.PublishedAt }).ToListAsync(cancellationToken);
        var fixedPages = FixedPages.Concat(ContentLabels.Sections.Where(s => s.Key != ContentType.HandbookChapter && s.Key != ContentType.Page).Select(s => "/" + s.Value));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Sitemaps + "urlset",
            fixedPages.Distinct().Select(path => new XElement(Sitemaps + "url", new XElement(Sitemaps + "loc", urls.Absolute(request, path)))),
            items.Select(i => new XElement(Sitemaps + "url",
                new XElement(Sitemaps + "loc", urls.Absolute(request, ContentLabels.PublicPath(i.Type, i.Slug))),
                new XElement(Sitemaps + "lastmod", i.PublishedAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))))));
        return Results.Text(document.Declaration + "\n" + document.ToString(SaveOptions.DisableFormatting), "application/xml; charset=utf-8");
    }
}
