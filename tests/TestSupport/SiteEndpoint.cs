namespace ChildSafety.TestSupport;

/// <summary>
/// One route the running site maps, with the HTTP methods it answers: a Razor page (GET and its POST handlers) or a
/// minimal API endpoint. <see cref="Pattern"/> is the route template as written, e.g. <c>admin/people/{id:guid}</c>.
/// </summary>
public sealed record SiteEndpoint(string Pattern, IReadOnlyList<string> Methods, bool IsPage, IReadOnlyList<string> PostHandlers)
{
    public bool HasParameters => Pattern.Contains('{', StringComparison.Ordinal);

    public bool AcceptsPost => Methods.Contains("POST");

    public override string ToString() => $"{string.Join(",", Methods)} /{Pattern}";
}
