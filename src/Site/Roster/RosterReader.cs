using ChildSafety.Core;
using ChildSafety.Core.Spreadsheets;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Roster;

/// <summary>Turns an uploaded file into roster rows, or into one message saying why the file cannot be used.</summary>
public sealed class RosterReader(SheetReader sheets, IStringLocalizer<SiteText> text)
{
    public RosterReadResult Read(byte[] content, CancellationToken cancellationToken)
    {
        var sheet = sheets.Read(content, RosterLimits.MaxFileBytes, RosterLimits.MaxRows, cancellationToken);
        if (!sheet.Outcome.Succeeded)
        {
            return new RosterReadResult(sheet.Outcome, []);
        }
        var (headers, missing) = RosterHeaders.Find(sheet.Records[0].Cells);
        if (headers is null)
        {
            return RosterReadResult.Fail(text["Tệp thiếu cột: {0}. Dòng đầu tiên phải là tiêu đề cột như trong tệp mẫu.",
                string.Join(", ", missing.Select(c => text[RosterHeaders.Heading(c)].Value))]);
        }
        var rows = sheet.Records.Skip(1).Select(r => headers.ToRow(r.Row, r.Cells)).ToList();
        return rows.Count == 0
            ? RosterReadResult.Fail(text["Tệp chỉ có dòng tiêu đề, không có người nào để nhập."])
            : new RosterReadResult(Outcome.Success, rows);
    }

    public string TooLarge() => sheets.TooLarge(RosterLimits.MaxFileBytes);
}
