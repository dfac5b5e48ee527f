using System.Text.RegularExpressions;

namespace ChildSafety.TestSupport;

/// <summary>Turns a route pattern into an address by giving each parameter a value its constraint accepts.</summary>
public static partial class SiteEndpointUrls
{
    /// <summary>
    /// The address of <paramref name="pattern"/> with <paramref name="values"/> for named parameters and a
    /// placeholder that matches the constraint (a guid, 0, the first alternative of a regex, "x") for the rest.
    /// </summary>
    public static string Fill(string pattern, IReadOnlyDictionary<string, string>? values = null) =>
        "/" + Parameter().Replace(pattern, match =>
        {
            var name = match.Groups["name"].Value;
            var constraint = match.Groups["constraint"].Value;
            if (values is not null && values.TryGetValue(name, out var value))
            {
                return Uri.EscapeDataString(value);
            }
            return constraint switch
            {
                _ when constraint.StartsWith("guid", StringComparison.Ordinal) => Guid.Empty.ToString(),
                _ when constraint.StartsWith("int", StringComparison.Ordinal) || constraint.StartsWith("long", StringComparison.Ordinal) => "0",
                _ when FirstAlternative().Match(constraint) is { Success: true } alternative => alternative.Groups[1].Value,
                _ => "x",
            };
        }).TrimEnd('/');

    /// <summary>The address of a pattern with one parameter, given its value.</summary>
    public static string Fill(string pattern, string onlyParameter) =>
        Fill(pattern, Parameter().Matches(pattern).ToDictionary(m => m.Groups["name"].Value, _ => onlyParameter));

    [GeneratedRegex(@"\{(?<name>[a-zA-Z]+)(:(?<constraint>[^}]*\)?))?\??\}")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"regex\(\^\(([a-z]+)\|")]
    private static partial Regex FirstAlternative();
}
