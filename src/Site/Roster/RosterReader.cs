using ChildSafety.Core;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Roster;

/// <summary>
/// Turns an uploaded file into roster rows, or into one message saying why the file cannot be used. What the
/// file is comes from its content — the zip signature of a workbook, or text — never from its name.
/// </summary>
public sealed class RosterReader(IStringLocalizer<SiteText> text, ILogger<RosterReader> logger)
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] LegacyExcelSignature = [0xD0, 0xCF, 0x11, 0xE0];

    public RosterReadResult Read(byte[] content, CancellationToken cancellationToken)
    {
        if (content.Length == 0)
        {
            return RosterReadResult.Fail(text["Tệp trống."]);
        }
        if (content.Length > RosterLimits.MaxFileBytes)
        {
            return RosterReadResult.Fail(TooLarge());
        }
        if (content.AsSpan().StartsWith(ZipSignature))
        {
            return ReadWorkbook(content, cancellationToken);
        }
        if (content.AsSpan().StartsWith(LegacyExcelSignature))
        {
            return RosterReadResult.Fail(text["Tệp Excel 97–2003 (.xls) chưa được hỗ trợ. Hãy mở tệp trong Excel và lưu lại dạng .xlsx hoặc CSV UTF-8."]);
        }
        var (encoding, _) = RosterTextEncoding.Detect(content);
        if (encoding.CodePage != 1200 && encoding.CodePage != 1201 && content.AsSpan().Contains((byte)0))
        {
            return RosterReadResult.Fail(NotARoster());
        }
        return Collect(CsvRosterSource.Read(content), cancellationToken);
    }

    public string TooLarge() => text["Tệp lớn hơn {0} MB. Hãy chia danh sách thành nhiều tệp nhỏ hơn.", RosterLimits.MaxFileBytes / 1024 / 1024];

    private string NotARoster() => text["Tệp này không phải CSV hay Excel (.xlsx). Hãy dùng tệp mẫu và lưu dạng .xlsx hoặc CSV."];

    private RosterReadResult ReadWorkbook(byte[] content, CancellationToken cancellationToken)
    {
        try
        {
            return Collect(XlsxRosterSource.Read(content), cancellationToken);
        }
#pragma warning disable CA1031 // The workbook is the user's; whatever the parser trips over in it is their file's fault, not a bug here.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.LogInformation(exception, "An uploaded workbook could not be read");
            return RosterReadResult.Fail(text["Không đọc được tệp Excel này. Hãy mở tệp trong Excel, lưu lại dạng .xlsx rồi tải lên lại."]);
        }
    }

    private RosterReadResult Collect(IEnumerable<(int Row, IReadOnlyList<string> Cells)> records, CancellationToken cancellationToken)
    {
        RosterHeaders? headers = null;
        var rows = new List<RosterRow>();
        foreach (var (row, cells) in records)
        {
            if (cells.All(c => c.Length == 0))
            {
                continue;
            }
            if (headers is null)
            {
                var (found, missing) = RosterHeaders.Find(cells);
                if (found is null)
                {
                    return RosterReadResult.Fail(text["Tệp thiếu cột: {0}. Dòng đầu tiên phải là tiêu đề cột như trong tệp mẫu.",
                        string.Join(", ", missing.Select(c => text[RosterHeaders.Heading(c)].Value))]);
                }
                headers = found;
                continue;
            }
            if (rows.Count == RosterLimits.MaxRows)
            {
                return RosterReadResult.Fail(text["Tệp có hơn {0:N0} dòng. Hãy chia danh sách thành nhiều tệp nhỏ hơn.", RosterLimits.MaxRows]);
            }
            if (rows.Count % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            rows.Add(headers.ToRow(row, cells));
        }
        if (headers is null)
        {
            return RosterReadResult.Fail(text["Tệp trống."]);
        }
        return rows.Count == 0
            ? RosterReadResult.Fail(text["Tệp chỉ có dòng tiêu đề, không có người nào để nhập."])
            : new RosterReadResult(Outcome.Success, rows);
    }
}
