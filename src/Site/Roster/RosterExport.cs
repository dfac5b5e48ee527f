using ChildSafety.Core.Data;
using ChildSafety.Core.People;
using ChildSafety.Core.Spreadsheets;
using ChildSafety.Core.Text;
using ChildSafety.Site.Admin;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace ChildSafety.Site.Roster;

/// <summary>
/// Staff lists written out in the roster template's layout, a row at a time from the database so that a province's
/// whole staff never sits in memory: CSV straight to the response, the workbook through a temporary file. Each
/// person's roles come joined in the same query, so nothing is kept per person between rows.
/// </summary>
public sealed class RosterExport(CoreDbContext db, Labels labels)
{
    public const string XlsxContentType = SheetTemplate.XlsxContentType;

    private static readonly RosterColumn[] Columns = Enum.GetValues<RosterColumn>();

    /// <summary>One workbook row under the template's headings.</summary>
    private static readonly string[] Headings = [.. Columns.Select(RosterHeaders.Heading)];

    public async Task WriteCsvAsync(IQueryable<Person> people, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, SafeCsv.Encoding, bufferSize: 64 * 1024, leaveOpen: true);
        await writer.WriteAsync(SafeCsv.Line(Headings));
        await foreach (var person in Project(people).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await writer.WriteAsync(SafeCsv.Line(Cells(person)));
        }
    }

    /// <summary>A workbook file that deletes itself when the response has sent it.</summary>
    public async Task<Stream> WriteWorkbookAsync(IQueryable<Person> people, CancellationToken cancellationToken)
    {
        var path = Path.GetTempFileName();
        var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        // A person added between the count and the rows only makes the sheet's declared size one short, which
        // spreadsheet programs correct as they open it.
        var count = await people.CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = new CountedRowCollection<Dictionary<string, object>>(count, Project(people).AsEnumerable().Select(p => SheetTemplate.Row(Headings, Cells(p))));
        // MiniExcel pulls rows synchronously; the sheet is written off the request thread, a row at a time.
        await Task.Run(() => file.SaveAs(rows, sheetName: "Danh sách", excelType: ExcelType.XLSX), cancellationToken).ConfigureAwait(false);
        file.Position = 0;
        return file;
    }

    private IQueryable<ExportedPerson> Project(IQueryable<Person> people)
    {
        var roleNames = db.UserRoles
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .GroupBy(g => g.UserId)
            .Select(g => new { UserId = g.Key, Names = string.Join(",", g.Select(r => r.Name)) });
        return from p in people
               join r in roleNames on p.Id equals r.UserId into grants
               from r in grants.DefaultIfEmpty()
               select new ExportedPerson(p.FullName, p.Email ?? "", p.Organization!.Code, p.Position, p.StartedOn, r.Names);
    }

    private string[] Cells(ExportedPerson person) =>
        [person.FullName, person.Email, person.OrganizationCode, labels.Position(person.Position), InPlatformOrder(person.Roles),
            person.StartedOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)];

    /// <summary>The database joins names in no set order; most people hold one role, which needs no sorting.</summary>
    private static string InPlatformOrder(string? names) =>
        string.IsNullOrEmpty(names) ? ""
        : !names.Contains(',', StringComparison.Ordinal) ? names
        : string.Join(", ", names.Split(',').OrderBy(Roles.Rank));

    private sealed record ExportedPerson(string FullName, string Email, string OrganizationCode, Position Position, DateOnly StartedOn, string? Roles);
}
