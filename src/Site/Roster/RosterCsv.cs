using ChildSafety.Core.Text;

namespace ChildSafety.Site.Roster;

/// <summary>
/// Writes rosters back as CSV with the template's headings, so that the file can be corrected in Excel and uploaded
/// again as it is. Cells go through <see cref="SafeCsv"/>: a roster is someone else's data, and a cell starting with
/// "=" must not run as a formula on the officer's computer.
/// </summary>
public static class RosterCsv
{
    private static readonly RosterColumn[] Columns = Enum.GetValues<RosterColumn>();

    /// <summary>The rows in the template's layout, with <paramref name="extraHeading"/> as a last column when given.</summary>
    public static byte[] Write(IEnumerable<IReadOnlyList<string>> rows, string? extraHeading = null)
    {
        IEnumerable<string> headings = Columns.Select(RosterHeaders.Heading);
        IEnumerable<string>[] heading = [extraHeading is null ? headings : headings.Append(extraHeading)];
        return SafeCsv.Document(heading.Concat(rows));
    }

    public static IReadOnlyList<string> Cells(RosterRow row) =>
        [row.FullName, row.Email, row.OrganizationCode, row.Position, row.Roles, row.StartedOn];
}
