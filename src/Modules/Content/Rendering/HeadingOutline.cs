using System.Net;
using System.Text.RegularExpressions;

namespace ChildSafety.Content.Rendering;

/// <summary>The second- and third-level headings of rendered HTML, for a chapter's table of contents.</summary>
public static partial class HeadingOutline
{
    public static IReadOnlyList<Heading> From(string html) =>
        [.. HeadingPattern().Matches(html).Select(m => new Heading(
            int.Parse(m.Groups["level"].Value, System.Globalization.CultureInfo.InvariantCulture),
            m.Groups["id"].Value,
            WebUtility.HtmlDecode(TagPattern().Replace(m.Groups["text"].Value, "")).Trim()))];

    [GeneratedRegex("<h(?<level>[23]) id=\"(?<id>[^\"]+)\">(?<text>.*?)</h\\k<level>>", RegexOptions.Singleline)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
