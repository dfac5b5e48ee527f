using Markdig.Extensions.MediaLinks;

namespace ChildSafety.Content.Rendering;

/// <summary>
/// The only video players a Markdown body may embed, in their privacy-enhanced forms: a link to a YouTube or Vimeo
/// video written as an image (<c>![Tên video](https://youtu.be/ID)</c>) becomes a player that sets no tracking
/// cookies until a pupil presses play.
/// </summary>
internal static class VideoHosts
{
    public const string YouTubeEmbed = "https://www.youtube-nocookie.com/embed/";
    public const string VimeoEmbed = "https://player.vimeo.com/video/";

    public static IEnumerable<string> AllowedEmbedPrefixes => [YouTubeEmbed, VimeoEmbed];

    /// <summary>The origins of the players, for the site's Content-Security-Policy.</summary>
    public static IEnumerable<string> EmbedOrigins => AllowedEmbedPrefixes.Select(p => new Uri(p).GetLeftPart(UriPartial.Authority));

    public static IEnumerable<IHostProvider> Providers =>
    [
        HostProviderBuilder.Create("www.youtube.com", YouTube, allowFullScreen: true, iframeClass: "video"),
        HostProviderBuilder.Create("youtube.com", YouTube, allowFullScreen: true, iframeClass: "video"),
        HostProviderBuilder.Create("m.youtube.com", YouTube, allowFullScreen: true, iframeClass: "video"),
        HostProviderBuilder.Create("youtu.be", YouTube, allowFullScreen: true, iframeClass: "video"),
        HostProviderBuilder.Create("vimeo.com", Vimeo, allowFullScreen: true, iframeClass: "video"),
    ];

    public static bool IsAllowedEmbed(string? src) =>
        src is not null && AllowedEmbedPrefixes.Any(p => src.StartsWith(p, StringComparison.Ordinal));

    private static string? YouTube(Uri uri)
    {
        var id = uri.Host == "youtu.be"
            ? uri.AbsolutePath.Trim('/')
            : uri.AbsolutePath == "/watch" ? QueryValue(uri.Query, "v") : null;
        return IsVideoId(id) ? YouTubeEmbed + id : null;
    }

    private static string? Vimeo(Uri uri)
    {
        var id = uri.AbsolutePath.Trim('/');
        return id.Length > 0 && id.All(char.IsAsciiDigit) ? VimeoEmbed + id + "?dnt=1" : null;
    }

    private static string? QueryValue(string query, string name) =>
        query.TrimStart('?').Split('&')
            .Select(pair => pair.Split('=', 2))
            .Where(pair => pair.Length == 2 && pair[0] == name)
            .Select(pair => pair[1])
            .FirstOrDefault();

    private static bool IsVideoId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 20 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
