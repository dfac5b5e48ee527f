namespace ChildSafety.Site.Hosting;

public static class LocalUrl
{
    /// <summary>A return address that stays on this site; anything else becomes the home page.</summary>
    public static string OrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
