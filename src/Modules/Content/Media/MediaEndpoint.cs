using ChildSafety.Core.Files;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace ChildSafety.Content.Media;

/// <summary>
/// /media/…: library files for anyone, cached for a year — a file's address contains its id and never changes.
/// Anything but one of our own stored names is 404 (<see cref="MediaPaths.Resolve"/>).
/// </summary>
internal static class MediaEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(MediaPaths.UrlPrefix + "{**path}", Serve);

    private static IResult Serve(string? path, MediaStore store, HttpContext context)
    {
        if (store.Find(path) is not { } file)
        {
            return Results.NotFound();
        }
        context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
        return Results.File(file, FileSignature.ContentType(Path.GetExtension(file)), lastModified: File.GetLastWriteTimeUtc(file));
    }
}
