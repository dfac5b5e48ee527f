using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace ChildSafety.Bench.QuizLoad;

/// <summary>What the tool reads off the site's HTML: the same fields a browser would submit.</summary>
public static partial class PageText
{
    public static string? Token(string html) => AntiforgeryToken().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    public static IReadOnlyList<string> CourseSlugs(string html) =>
        CourseLink().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();

    public static int LessonCount(string html) =>
        LessonLink().Matches(html).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();

    public static bool OffersStart(string html) => html.Contains("handler=Start", StringComparison.Ordinal);

    public static int? QuestionId(string html) =>
        QuestionField().Match(html) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    public static IReadOnlyList<int> OptionIds(string html) =>
        OptionField().Matches(html).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

    public static bool OffersSubmit(string html) => html.Contains("handler=Submit", StringComparison.Ordinal);

    /// <summary>A save the site refused shows its reason in the validation summary.</summary>
    public static bool ShowsError(string html) => html.Contains("validation-summary-errors", StringComparison.Ordinal);

    /// <summary>The value of a hidden field, as the conduct form carries its version and hash.</summary>
    public static string Hidden(string html, string name) =>
        Regex.Match(html, $"type=\"hidden\" name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"|name=\"{Regex.Escape(name)}\" type=\"hidden\" value=\"([^\"]*)\"|type=\"hidden\"[^>]*name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"") is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value + m.Groups[2].Value + m.Groups[3].Value)
            : "";

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("href=\"/training/([a-z0-9-]+)\"")]
    private static partial Regex CourseLink();

    [GeneratedRegex("href=\"/training/[a-z0-9-]+/lessons/([0-9]+)\"")]
    private static partial Regex LessonLink();

    [GeneratedRegex("name=\"questionId\" value=\"([0-9]+)\"")]
    private static partial Regex QuestionField();

    [GeneratedRegex("name=\"selected\" value=\"([0-9]+)\"")]
    private static partial Regex OptionField();
}
