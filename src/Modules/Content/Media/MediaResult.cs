using ChildSafety.Core;

namespace ChildSafety.Content.Media;

/// <summary>What an upload came to, and the library file when it succeeded.</summary>
public sealed record MediaResult(Outcome Outcome, MediaItem? Item)
{
    public bool Succeeded => Outcome.Succeeded;

    public static MediaResult Fail(string field, string message) => new(Outcome.Fail(field, message), null);
}
