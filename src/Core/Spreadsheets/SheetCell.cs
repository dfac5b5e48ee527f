using System.Text;

namespace ChildSafety.Core.Spreadsheets;

/// <summary>
/// Cleans one cell's text: Windows-1258 and some Mac exports spell "ệ" as "e" + two combining marks, which looks
/// the same but compares, sorts and searches differently, so every value is brought to the composed form (NFC).
/// </summary>
public static class SheetCell
{
    private static readonly char[] Invisible = ['\uFEFF', '\u200B', '\u200C', '\u200D'];

    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        var trimmed = value.Trim().Trim(Invisible).Trim();
        return trimmed.IsNormalized(NormalizationForm.FormC) ? trimmed : trimmed.Normalize(NormalizationForm.FormC);
    }
}
