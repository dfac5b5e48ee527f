namespace ChildSafety.Core;

/// <summary>
/// What a user-caused operation came to: success, or messages (already in the user's language) keyed by the field
/// they concern, "" for the whole form. Errors users can cause are outcomes, never exceptions.
/// </summary>
public sealed class Outcome
{
    private readonly List<KeyValuePair<string, string>> _errors = [];

    public static Outcome Success { get; } = new();

    public bool Succeeded => _errors.Count == 0;

    public IReadOnlyList<KeyValuePair<string, string>> Errors => _errors;

    public static Outcome Fail(string field, string message) => new Outcome().Add(field, message);

    public Outcome Add(string field, string message)
    {
        _errors.Add(new(field, message));
        return this;
    }
}
