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
/// whole staff never sits in memory: CSV straight to the response, the workbook through a temporary file.
/// </summary>
public sealed class RosterExport(CoreDbContext db, Labels labels)
{
    public const string XlsxContentType = SheetTemplate.XlsxContentType;

    private static readonly RosterColumn[] Columns = Enum.GetValues<RosterColumn>();

    public async Task WriteCsvAsync(IQueryable<Person> people, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, SafeCsv.Encoding, bufferSize: 64 * 1024, leaveOpen: true);
        await writer.WriteAsync(SafeCsv.Line(Columns.Select(RosterHeaders.Heading)));
        var roles = await RolesAsync(people, cancellationToken).ConfigureAwait(false);
        await foreach (var person in Project(people).AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await writer.WriteAsync(SafeCsv.Line(Cells(person, roles)));
        }
    }

    /// <summary>A workbook file that deletes itself when the response has sent it.</summary>
    public async Task<Stream> WriteWorkbookAsync(IQueryable<Person> people, CancellationToken cancellationToken)
    {
        var roles = await RolesAsync(people, cancellationToken).ConfigureAwait(false);
        var path = Path.GetTempFileName();
        var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        // MiniExcel pulls rows synchronously; the sheet is written off the request thread, a row at a time.
        await Task.Run(() => file.SaveAs(Project(people).AsEnumerable().Select(p => Row(Cells(p, roles))), sheetName: "Danh sách", excelType: ExcelType.XLSX), cancellationToken).ConfigureAwait(false);
        file.Position = 0;
        return file;
    }

    private static IQueryable<ExportedPerson> Project(IQueryable<Person> people) =>
        people.Select(p => new ExportedPerson(p.Id, p.FullName, p.Email ?? "", p.Organization!.Code, p.Position, p.StartedOn));

    private async Task<Dictionary<Guid, string>> RolesAsync(IQueryable<Person> people, CancellationToken cancellationToken)
    {
        var ids = people.Select(p => p.Id);
        var grants = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return grants.GroupBy(g => g.UserId).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(r => r.Name).OrderBy(r => Roles.All.ToList().IndexOf(r!))));
    }

    private string[] Cells(ExportedPerson person, Dictionary<Guid, string> roles) =>
        [person.FullName, person.Email, person.OrganizationCode, labels.Position(person.Position), roles.GetValueOrDefault(person.Id, ""),
            person.StartedOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)];

    /// <summary>One workbook row under the template's headings.</summary>
    private static readonly string[] Headings = [.. Columns.Select(RosterHeaders.Heading)];

    private static Dictionary<string, object> Row(IReadOnlyList<string> cells) => SheetTemplate.Row(Headings, cells);

    private sealed record ExportedPerson(Guid Id, string FullName, string Email, string OrganizationCode, Position Position, DateOnly StartedOn);
}
