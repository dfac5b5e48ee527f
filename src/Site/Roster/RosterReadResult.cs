using ChildSafety.Core;

namespace ChildSafety.Site.Roster;

/// <summary>The rows of a roster, or why the file as a whole could not be read (then there are no rows).</summary>
public sealed record RosterReadResult(Outcome Outcome, IReadOnlyList<RosterRow> Rows)
{
    public static RosterReadResult Fail(string message) => new(Outcome.Fail("", message), []);
}
