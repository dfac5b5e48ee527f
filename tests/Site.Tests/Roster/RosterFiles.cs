using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace ChildSafety.Site.Tests.Roster;

/// <summary>Builds roster files the way Excel and people save them.</summary>
internal static class RosterFiles
{
    public const string Header = "Họ và tên,Email,Mã đơn vị,Chức vụ,Vai trò,Ngày bắt đầu";

    static RosterFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Lines(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    public static byte[] Utf8(string text, bool bom = false) =>
        [.. bom ? Encoding.UTF8.GetPreamble() : [], .. new UTF8Encoding(false).GetBytes(text)];

    public static byte[] Utf16(string text, bool bigEndian = false)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
    }

    /// <summary>
    /// Text as Vietnamese Windows saves it: Windows-1258 has the vowels â ă ê ô ơ ư and đ as single bytes but the
    /// five tones only as separate combining marks, so "ễ" is written as "ê" followed by a combining tilde.
    /// </summary>
    public static byte[] Windows1258(string text)
    {
        var spelled = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            // Canonical order may put a dot below before the circumflex ("ộ" is o, dot, circumflex): the vowel
            // mark joins the base letter wherever the tone sits.
            var baseIndex = spelled.Length - 1;
            while (baseIndex > 0 && CharUnicodeInfo.GetUnicodeCategory(spelled[baseIndex]) == UnicodeCategory.NonSpacingMark)
            {
                baseIndex--;
            }
            if (c is '\u0302' or '\u0306' or '\u031B' && baseIndex >= 0)
            {
                var vowel = string.Concat(spelled[baseIndex], c).Normalize(NormalizationForm.FormC);
                if (vowel.Length == 1)
                {
                    spelled[baseIndex] = vowel[0];
                    continue;
                }
            }
            spelled.Append(c);
        }
        return Encoding.GetEncoding(1258).GetBytes(spelled.ToString());
    }

    public static byte[] Xlsx(IEnumerable<IDictionary<string, object>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>A roster of <paramref name="count"/> valid people at <paramref name="organizationCode"/>.</summary>
    public static string Generated(int count, string organizationCode)
    {
        var text = new StringBuilder(Header).Append("\r\n");
        for (var i = 1; i <= count; i++)
        {
            text.Append("Nguyễn Văn Thành ").Append(i).Append(",thanh").Append(i).Append("@truong.edu.vn,")
                .Append(organizationCode).Append(",Giáo viên,Staff,05/09/2024\r\n");
        }
        return text.ToString();
    }
}
