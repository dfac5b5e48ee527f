namespace ChildSafety.Bench.QuizLoad;

/// <summary>A response as the tool needs it: status, where a redirect points, and the page.</summary>
public sealed record Reply(int Status, string? Location, string Html)
{
    public bool RedirectsTo(string prefix) => Status is 302 or 303 && Location is not null && Location.StartsWith(prefix, StringComparison.Ordinal);
}
