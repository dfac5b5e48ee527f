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

    /// <summary>The antiforgery token the page's forms carry.</summary>
    public string AntiforgeryToken() => InputValue("__RequestVerificationToken");

    /// <summary>The value of the first input named <paramref name="name"/>, as the browser would submit it.</summary>
    public string InputValue(string name)
    {
        var input = Inputs().Matches(Html).FirstOrDefault(i => i.Value.Contains($"name=\"{name}\"", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No input named {name} on {Url}.");
        return WebUtility.HtmlDecode(ValueAttribute().Match(input.Value).Groups[1].Value);
    }

    /// <summary>The value of the <c>lang</c> attribute of the html element.</summary>
    public string? Language => HtmlLanguage().Match(Html) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Inputs();

    [GeneratedRegex("\\svalue=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ValueAttribute();

    [GeneratedRegex("<html[^>]*\\slang=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLanguage();
}
