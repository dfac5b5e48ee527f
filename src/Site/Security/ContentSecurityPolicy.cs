using ChildSafety.Core.Security;

namespace ChildSafety.Site.Security;

/// <summary>
/// The one Content-Security-Policy of every response: scripts and styles only from the site's own files (never
/// inline), frames only from the players the modules register as <see cref="FrameSource"/>, and no framing of the
/// site by anyone.
/// </summary>
public sealed class ContentSecurityPolicy(IEnumerable<FrameSource> frameSources)
{
    public string Value { get; } = string.Join("; ",
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        FrameSrc(frameSources),
        "frame-ancestors 'none'",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'");

    private static string FrameSrc(IEnumerable<FrameSource> sources)
    {
        var origins = sources.Select(s => s.Origin).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return origins.Count == 0 ? "frame-src 'none'" : "frame-src " + string.Join(' ', origins);
    }
}
