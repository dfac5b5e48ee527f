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

    /// <summary>The first bytes say what the file is; 512 are enough to tell UTF-16 without a byte-order mark.</summary>
    private const int HeadBytes = 512;

    /// <summary>
    /// Reads the header row and whether a row follows it; the other rows are read from <paramref name="source"/>
    /// each time they are enumerated. <paramref name="maxRows"/> counts the rows after the header.
    /// </summary>
    public SheetReadResult Read(SheetSource source, long maxBytes, int maxRows, CancellationToken cancellationToken)
    {
        if (source.Length == 0)
        {
            return SheetReadResult.Fail(text["Tệp trống."]);
        }
        if (source.Length > maxBytes)
        {
            return SheetReadResult.Fail(TooLarge(maxBytes));
        }
        var head = Head(source);
        if (head.AsSpan().StartsWith(ZipSignature))
        {
            return Begin(new SheetRows(() => XlsxSheet.Read(source), maxRows, TooMany(maxRows), Unreadable, cancellationToken));
        }
        if (head.AsSpan().StartsWith(LegacyExcelSignature))
        {
            return SheetReadResult.Fail(text["Tệp Excel 97–2003 (.xls) chưa được hỗ trợ. Hãy mở tệp trong Excel và lưu lại dạng .xlsx hoặc CSV UTF-8."]);
        }
        TextScan scan;
        using (var stream = source.Open())
        {
            scan = TextScan.Of(stream);
        }
        var (encoding, preamble) = SheetTextEncoding.Detect(head, scan.IsValidUtf8);
        if (encoding.CodePage != 1200 && encoding.CodePage != 1201 && scan.HasZeroByte)
        {
            return SheetReadResult.Fail(text["Tệp này không phải CSV hay Excel (.xlsx). Hãy dùng tệp mẫu và lưu dạng .xlsx hoặc CSV."]);
        }
        return Begin(new SheetRows(() => CsvSheet.Read(source, encoding, preamble), maxRows, TooMany(maxRows), null, cancellationToken));
    }

    public string TooLarge(long maxBytes) => text["Tệp lớn hơn {0} MB. Hãy chia danh sách thành nhiều tệp nhỏ hơn.", maxBytes / 1024 / 1024];

    private string TooMany(int maxRows) => text["Tệp có hơn {0:N0} dòng. Hãy chia danh sách thành nhiều tệp nhỏ hơn.", maxRows];

    private static byte[] Head(SheetSource source)
    {
        using var stream = source.Open();
        var head = new byte[(int)Math.Min(HeadBytes, source.Length)];
        stream.ReadExactly(head);
        return head;
    }

    private string Unreadable(Exception exception)
    {
        logger.LogInformation(exception, "An uploaded workbook could not be read");
        return text["Không đọc được tệp Excel này. Hãy mở tệp trong Excel, lưu lại dạng .xlsx rồi tải lên lại."];
    }

    /// <summary>The first reading, as far as the first row after the header: blank rows are left out.</summary>
    private SheetReadResult Begin(SheetRows rows)
    {
        SheetRecord? header = null;
        foreach (var record in rows.Records())
        {
            if (header is not null)
            {
                return new SheetReadResult(Outcome.Success, header, rows);
            }
            header = record;
        }
        if (!rows.Outcome.Succeeded)
        {
            return new SheetReadResult(rows.Outcome, null, null);
        }
        if (header is null)
        {
            return SheetReadResult.Fail(text["Tệp trống."]);
        }
        rows.IsEmpty = true;
        return new SheetReadResult(Outcome.Success, header, rows);
    }
}
