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
using Microsoft.Extensions.Localization;

namespace ChildSafety.Content.Feeds;

/// <summary>/feed.xml: an Atom feed of the newest news, articles, lessons and posters, for readers and school portals.</summary>
internal static class FeedEndpoint
{
    private const int Entries = 30;

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/feed.xml", RenderAsync).CacheOutput(ContentCache.Policy);

    private static async Task<IResult> RenderAsync(HttpRequest request, PublishedContent content, PublicUrls urls, IStringLocalizer<ContentText> text, CancellationToken cancellationToken)
    {
        var newest = await content.All()
            .Where(i => i.Type != ContentType.Page && i.Type != ContentType.HandbookChapter)
            .OrderByDescending(i => i.PublishedAt).Take(Entries)
            .Select(i => new { i.Type, i.Slug, i.Title, i.Summary, i.PublishedAt })
            .ToListAsync(cancellationToken);
        var updated = newest.Count > 0 ? newest.Max(i => i.PublishedAt) : DateTimeOffset.UnixEpoch;
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", "vi"),
            new XElement(Atom + "title", text["An toàn trẻ em — tin tức và bài viết mới"].Value),
            new XElement(Atom + "id", urls.Absolute(request, "/feed.xml")),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", urls.Absolute(request, "/feed.xml"))),
            new XElement(Atom + "link", new XAttribute("href", urls.Absolute(request, "/"))),
            new XElement(Atom + "updated", updated.ToString("o", System.Globalization.CultureInfo.InvariantCulture)),
            newest.Select(i =>
            {
                var address = urls.Absolute(request, ContentLabels.PublicPath(i.Type, i.Slug));
                return new XElement(Atom + "entry",
                    new XElement(Atom + "title", i.Title),
                    new XElement(Atom + "id", address),
                    new XElement(Atom + "link", new XAttribute("href", address)),
                    new XElement(Atom + "updated", i.PublishedAt.ToString("o", System.Globalization.CultureInfo.InvariantCulture)),
                    new XElement(Atom + "author", new XElement(Atom + "name", text["An toàn trẻ em"].Value)),
                    new XElement(Atom + "summary", i.Summary));
            }));
        return Results.Text("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + feed.ToString(SaveOptions.DisableFormatting), "application/atom+xml; charset=utf-8");
    }
}
