namespace ChildSafety.Core.Spreadsheets;

/// <summary>
/// A sheet's header row and its other rows, read as they are enumerated, or why the file as a whole could not be
/// read (then there are neither).
/// </summary>
public sealed record SheetReadResult(Outcome Outcome, SheetRecord? Header, SheetRows? Rows)
{
    public static SheetReadResult Fail(string message) => new(Outcome.Fail("", message), null, null);
}
