using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ChildSafety.Core.Spreadsheets;

/// <summary>
/// Reads an uploaded list — staff roster, integration plan — as rows of text cells, or says in one message why the
/// file cannot be used. What the file is comes from its content — the zip signature of a workbook, or text — never
/// from its name. What the columns mean is the caller's business.
/// </summary>
public sealed class SheetReader(IStringLocalizer<CoreText> text, ILogger<SheetReader> logger)
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] LegacyExcelSignature = [0xD0, 0xCF, 0x11, 0xE0];

    public SheetReadResult Read(byte[] content, long maxBytes, int maxRows, CancellationToken cancellationToken)
    {
        if (content.Length == 0)
        {
            return SheetReadResult.Fail(text["Tệp trống."]);
        }
        if (content.Length > maxBytes)
        {
            return SheetReadResult.Fail(TooLarge(maxBytes));
        }
        if (content.AsSpan().StartsWith(ZipSignature))
        {
            return ReadWorkbook(content, maxRows, cancellationToken);
        }
        if (content.AsSpan().StartsWith(LegacyExcelSignature))
        {
            return SheetReadResult.Fail(text["Tệp Excel 97–2003 (.xls) chưa được hỗ trợ. Hãy mở tệp trong Excel và lưu lại dạng .xlsx hoặc CSV UTF-8."]);
        }
        var (encoding, _) = SheetTextEncoding.Detect(content);
        if (encoding.CodePage != 1200 && encoding.CodePage != 1201 && content.AsSpan().Contains((byte)0))
        {
            return SheetReadResult.Fail(text["Tệp này không phải CSV hay Excel (.xlsx). Hãy dùng tệp mẫu và lưu dạng .xlsx hoặc CSV."]);
        }
        return Collect(CsvSheet.Read(content), maxRows, cancellationToken);
    }

    public string TooLarge(long maxBytes) => text["Tệp lớn hơn {0} MB. Hãy chia danh sách thành nhiều tệp nhỏ hơn.", maxBytes / 1024 / 1024];

    private SheetReadResult ReadWorkbook(byte[] content, int maxRows, CancellationToken cancellationToken)
    {
        try
        {
            return Collect(XlsxSheet.Read(content), maxRows, cancellationToken);
        }
#pragma warning disable CA1031 // The workbook is the user's; whatever the parser trips over in it is their file's fault, not a bug here.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.LogInformation(exception, "An uploaded workbook could not be read");
            return SheetReadResult.Fail(text["Không đọc được tệp Excel này. Hãy mở tệp trong Excel, lưu lại dạng .xlsx rồi tải lên lại."]);
        }
    }

    /// <summary>Blank rows are left out; <paramref name="maxRows"/> counts the rows after the first (the header).</summary>
    private SheetReadResult Collect(IEnumerable<(int Row, IReadOnlyList<string> Cells)> rows, int maxRows, CancellationToken cancellationToken)
    {
        var records = new List<SheetRecord>();
        foreach (var (row, cells) in rows)
        {
            if (cells.All(c => c.Length == 0))
            {
                continue;
            }
            if (records.Count > maxRows)
            {
                return SheetReadResult.Fail(text["Tệp có hơn {0:N0} dòng. Hãy chia danh sách thành nhiều tệp nhỏ hơn.", maxRows]);
            }
            if (records.Count % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            records.Add(new SheetRecord(row, cells));
        }
        return records.Count == 0 ? SheetReadResult.Fail(text["Tệp trống."]) : new SheetReadResult(Outcome.Success, records);
    }
}
