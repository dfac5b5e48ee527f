using System.Globalization;
using System.Text;

namespace ChildSafety.Site.Roster;

/// <summary>
/// Folds a header or a value to its bare letters and digits ("Họ và tên" → "hovaten", "E-mail" → "email"), so that
/// people who type without accents, in capitals, or with extra spaces are still understood.
/// </summary>
public static class TextKey
{
    public static string Of(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is 'đ' or 'Đ')
            {
                key.Append('d');
            }
            else if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }
        return key.ToString();
    }
}
