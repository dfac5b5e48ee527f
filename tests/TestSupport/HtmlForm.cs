using System.Net;
using System.Text.RegularExpressions;

namespace ChildSafety.TestSupport;

/// <summary>
/// A POST form read from a page as a browser would submit it: where it goes, its encoding, and the fields with their
/// current values (text inputs, hidden inputs, checked boxes, selected options, text areas). Enough to replay a form
/// with changed values, as an attacker with a browser's developer tools would. <see cref="AlternateActions"/> are
/// where its other submit buttons (<c>formaction</c>) send it.
/// </summary>
public sealed partial record HtmlForm(string Action, bool IsMultipart, IReadOnlyList<FormField> Fields, IReadOnlyList<string> AlternateActions)
{
    /// <summary>The page's POST forms, except the layout's sign-out and language forms.</summary>
    public static IReadOnlyList<HtmlForm> PostFormsOf(Page page)
    {
        var forms = new List<HtmlForm>();
        foreach (Match form in FormElement().Matches(page.Html))
        {
            var tag = form.Groups["tag"].Value;
            if (!Attribute(tag, "method").Equals("post", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var action = Attribute(tag, "action");
            if (action is "/account/logout" or "/culture")
            {
                continue;
            }
            var body = form.Groups["body"].Value;
            var alternates = SubmitButton().Matches(body).Select(button => Resolve(page, Attribute(button.Value, "formaction"))).ToList();
            forms.Add(new HtmlForm(Resolve(page, action), Attribute(tag, "enctype").Contains("multipart", StringComparison.Ordinal), FieldsOf(body), alternates));
        }
        return forms;
    }

    /// <summary>The fields as form data, with <paramref name="change"/> given the chance to replace each value.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Data(Func<FormField, string>? change = null) =>
        [.. Fields.Select(f => KeyValuePair.Create(f.Name, change is null || f.Name == "__RequestVerificationToken" ? f.Value : change(f)))];

    private static string Resolve(Page page, string action) =>
        action.Length == 0 ? page.Url.PathAndQuery
        : action.StartsWith('?') ? page.Url.AbsolutePath + action
        : action;

    private static List<FormField> FieldsOf(string body)
    {
        var fields = new List<FormField>();
        foreach (Match input in InputElement().Matches(body))
        {
            var type = Attribute(input.Value, "type").ToLowerInvariant();
            var name = Attribute(input.Value, "name");
            if (name.Length == 0 || type is "submit" or "button" or "reset" or "image"
                || (type is "checkbox" or "radio" && !HasAttribute(input.Value, "checked")))
            {
                continue;
            }
            fields.Add(new FormField(name, type.Length == 0 ? "text" : type, HasAttribute(input.Value, "value") ? Attribute(input.Value, "value") : type == "checkbox" ? "on" : ""));
        }
        foreach (Match area in TextAreaElement().Matches(body))
        {
            fields.Add(new FormField(Attribute(area.Groups["tag"].Value, "name"), "textarea", WebUtility.HtmlDecode(area.Groups["body"].Value.TrimStart('\n'))));
        }
        foreach (Match select in SelectElement().Matches(body))
        {
            var options = OptionElement().Matches(select.Groups["body"].Value).ToList();
            var chosen = options.FirstOrDefault(o => HasAttribute(o.Value, "selected")) ?? options.FirstOrDefault();
            fields.Add(new FormField(Attribute(select.Groups["tag"].Value, "name"), "select", chosen is null ? "" : Attribute(chosen.Value, "value")));
        }
        return [.. fields.Where(f => f.Name.Length > 0)];
    }

    private static bool HasAttribute(string tag, string name) =>
        Regex.IsMatch(tag, $@"\s{name}(\s|=|>|/)", RegexOptions.IgnoreCase);

    private static string Attribute(string tag, string name) =>
        Regex.Match(tag, $@"\s{name}=""([^""]*)""", RegexOptions.IgnoreCase) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : "";

    [GeneratedRegex(@"(?<tag><form\b[^>]*>)(?<body>.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormElement();

    [GeneratedRegex(@"<input\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InputElement();

    [GeneratedRegex(@"(?<tag><textarea\b[^>]*>)(?<body>.*?)</textarea>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TextAreaElement();

    [GeneratedRegex(@"(?<tag><select\b[^>]*>)(?<body>.*?)</select>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex SelectElement();

    [GeneratedRegex(@"<option\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex OptionElement();

    [GeneratedRegex(@"<button\b[^>]*\bformaction=""[^""]*""[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex SubmitButton();
}
