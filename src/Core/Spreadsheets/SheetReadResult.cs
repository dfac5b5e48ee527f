namespace ChildSafety.Core.Spreadsheets;

/// <summary>The non-blank rows of a sheet, header first, or why the file as a whole could not be read (then there are none).</summary>
public sealed record SheetReadResult(Outcome Outcome, IReadOnlyList<SheetRecord> Records)
{
    public static SheetReadResult Fail(string message) => new(Outcome.Fail("", message), []);
}
