namespace ChildSafety.Site.Hosting;

/// <summary>Bound from the "Site" section.</summary>
public sealed class SiteSettings
{
    public string DataPath { get; set; } = "App_Data";

    /// <summary>Load the demo organizations, people and content at start-up (always on in Development).</summary>
    public bool Demo { get; set; }

    /// <summary>Where the shipped content lives (the topic taxonomy, and the demo data); by default the copy of <c>content/</c> beside the binaries.</summary>
    public string? ContentPath { get; set; }

    /// <summary>The public address used in e-mails, e.g. https://antoantreem.example.vn; the request's own when empty.</summary>
    public string? PublicUrl { get; set; }
}
