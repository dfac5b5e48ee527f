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

    /// <summary>
    /// The questions the attempt page carries, each with its option ids, from the one it shows (the form's
    /// questionId) to the last; none on the review.
    /// </summary>
    public static IReadOnlyList<(int Id, IReadOnlyList<int> Options)> QuestionsFromShown(string html)
    {
        if (QuestionField().Match(html) is not { Success: true } shown)
        {
            return [];
        }
        var sections = QuestionSection().Matches(html);
        var questions = sections.Select((section, index) =>
        {
            var end = index + 1 < sections.Count ? sections[index + 1].Index : html.Length;
            var options = OptionField().Matches(html[section.Index..end]).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
            return (Id: int.Parse(section.Groups[1].Value, CultureInfo.InvariantCulture), Options: (IReadOnlyList<int>)options);
        }).ToList();
        var first = questions.FindIndex(q => q.Id == int.Parse(shown.Groups[1].Value, CultureInfo.InvariantCulture));
        return first < 0 ? [] : questions[first..];
    }

    /// <summary>Where the attempt page's script saves an answer in the background (the form's data-save).</summary>
    public static string? SavePath(string html) => SaveAddress().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    public static bool OffersSubmit(string html) => html.Contains("handler=Submit", StringComparison.Ordinal);

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

    [GeneratedRegex("data-save=\"([^\"]+)\"")]
    private static partial Regex SaveAddress();

    [GeneratedRegex("name=\"questionId\" value=\"([0-9]+)\"")]
    private static partial Regex QuestionField();

    [GeneratedRegex("data-question-id=\"([0-9]+)\"")]
    private static partial Regex QuestionSection();

    // The shown question's options are named "selected", the others "selected-<question id>".
    [GeneratedRegex("name=\"selected(?:-[0-9]+)?\" value=\"([0-9]+)\"")]
    private static partial Regex OptionField();
}
