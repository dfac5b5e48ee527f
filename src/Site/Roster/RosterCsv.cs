using System.Text;

namespace ChildSafety.Site.Roster;

/// <summary>
/// Writes rosters back as CSV: UTF-8 with a BOM, which is what makes Excel show Vietnamese instead of mojibake,
/// with the template's headings so that the file can be corrected and uploaded again as it is.
/// </summary>
public static class RosterCsv
{
    private static readonly RosterColumn[] Columns = Enum.GetValues<RosterColumn>();

    /// <summary>The rows in the template's layout, with <paramref name="extraHeading"/> as a last column when given.</summary>
    public static byte[] Write(IEnumerable<IReadOnlyList<string>> rows, string? extraHeading = null)
    {
        var csv = new StringBuilder();
        IEnumerable<string> headings = Columns.Select(RosterHeaders.Heading);
        AppendLine(csv, extraHeading is null ? headings : headings.Append(extraHeading));
        foreach (var row in rows)
        {
            AppendLine(csv, row);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static IReadOnlyList<string> Cells(RosterRow row) =>
        [row.FullName, row.Email, row.OrganizationCode, row.Position, row.Roles, row.StartedOn];

    private static void AppendLine(StringBuilder csv, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                csv.Append(',');
            }
            first = false;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                csv.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                csv.Append(field);
            }
        }
        csv.Append("\r\n");
    }
}
