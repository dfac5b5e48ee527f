using ChildSafety.Content.Items;
using ChildSafety.Core;

namespace ChildSafety.Content.Publishing;

/// <summary>What an edit came to, and the item as it now stands when it succeeded.</summary>
public sealed record EditResult(Outcome Outcome, ContentItem? Item)
{
    public bool Succeeded => Outcome.Succeeded;

    public static EditResult Fail(string field, string message) => new(Outcome.Fail(field, message), null);

    public static EditResult Done(ContentItem item) => new(Outcome.Success, item);
}
