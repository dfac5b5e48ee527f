using ChildSafety.Core.People;

namespace ChildSafety.Site.Roster;

/// <summary>A roster row with what it would create, or the messages saying why it cannot be imported.</summary>
public sealed record CheckedRow(RosterRow Source, PersonDraft? Draft, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
