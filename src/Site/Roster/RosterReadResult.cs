using ChildSafety.Core;
using ChildSafety.Core.Spreadsheets;

namespace ChildSafety.Site.Roster;

/// <summary>
/// The rows of a roster, read from the file each time they are enumerated, or why the file as a whole could not be
/// read (then there are none).
/// </summary>
public sealed class RosterReadResult
{
    private readonly SheetRows? _sheet;
    private readonly RosterHeaders? _headers;

    private RosterReadResult(Outcome outcome, SheetRows? sheet, RosterHeaders? headers)
    {
        Outcome = outcome;
        _sheet = sheet;
        _headers = headers;
    }

    public Outcome Outcome { get; }

    public IEnumerable<RosterRow> Rows => _sheet is null || _headers is null ? [] : _sheet.Select(r => _headers.ToRow(r.Row, r.Cells));

    /// <summary>How the last enumeration of <see cref="Rows"/> ended: a failure when the file broke off or ran over the cap.</summary>
    public Outcome Reading => _sheet?.Outcome ?? Outcome;

    public static RosterReadResult Read(SheetRows sheet, RosterHeaders headers) => new(Outcome.Success, sheet, headers);

    public static RosterReadResult Fail(Outcome outcome) => new(outcome, null, null);

    public static RosterReadResult Fail(string message) => Fail(Outcome.Fail("", message));
}
