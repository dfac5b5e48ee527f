using ChildSafety.Core.Spreadsheets;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Roster;

/// <summary>Turns an uploaded file into roster rows, read as they are enumerated, or into one message saying why the file cannot be used.</summary>
public sealed class RosterReader(SheetReader sheets, IStringLocalizer<SiteText> text)
{
    public RosterReadResult Read(SheetSource source, CancellationToken cancellationToken)
    {
        var sheet = sheets.Read(source, RosterLimits.MaxFileBytes, RosterLimits.MaxRows, cancellationToken);
        if (!sheet.Outcome.Succeeded)
        {
            return RosterReadResult.Fail(sheet.Outcome);
        }
        var (headers, missing) = RosterHeaders.Find(sheet.Header!.Cells);
        if (headers is null)
        {
            return RosterReadResult.Fail(text["Tệp thiếu cột: {0}. Dòng đầu tiên phải là tiêu đề cột như trong tệp mẫu.",
                string.Join(", ", missing.Select(c => text[RosterHeaders.Heading(c)].Value))]);
        }
        var rows = sheet.Rows!;
        return rows.IsEmpty
            ? RosterReadResult.Fail(text["Tệp chỉ có dòng tiêu đề, không có người nào để nhập."])
            : RosterReadResult.Read(rows, headers);
    }

    public string TooLarge() => sheets.TooLarge(RosterLimits.MaxFileBytes);
}
