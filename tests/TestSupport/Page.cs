using System.Net;
using System.Text.RegularExpressions;

namespace ChildSafety.TestSupport;

/// <summary>A page as the browser ends up with it: the final address after redirects, the status and the HTML.</summary>
public sealed partial record Page(HttpStatusCode Status, Uri Url, string Html)
{
    /// <summary>The HTML with entities decoded, for looking for text as a reader sees it.</summary>
    public string Text => WebUtility.HtmlDecode(Html);

    public string Path => Url.AbsolutePath;

    public bool Shows(string text) => Text.Contains(text, StringComparison.Ordinal);

    /// <summary>The antiforgery token of the first form on the page.</summary>
    public string AntiforgeryToken()
    {
        var input = AntiforgeryInput().Match(Html);
        if (!input.Success)
        {
            throw new InvalidOperationException($"No antiforgery token on {Url}.");
        }
        return WebUtility.HtmlDecode(ValueAttribute().Match(input.Value).Groups[1].Value);
    }

    /// <summary>The value of the <c>lang</c> attribute of the html element.</summary>
    public string? Language => HtmlLanguage().Match(Html) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("value=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ValueAttribute();

    [GeneratedRegex("<html[^>]*\\slang=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLanguage();
}
