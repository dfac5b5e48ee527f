using System.Text;

namespace ChildSafety.Core.Text;

/// <summary>
/// Vietnamese text folded to plain lower-case ASCII for matching: "Xâm hại trẻ em — Đà Nẵng" → "xam hai tre em — da
/// nang". Folding keeps one character for each character in, so a match found in folded text marks the same positions
/// in the original.
/// </summary>
public static class Folding
{
    /// <summary>Lower-case, accents removed, đ → d; same length as the input.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            folded.Append(FoldChar(c));
        }
        return folded.ToString();
    }

    /// <summary>Where the table of folded characters ends: Latin Extended Additional, home of the Vietnamese letters.</summary>
    private const char LastInTable = '\u1EFF';

    /// <summary>
    /// Every character up to <see cref="LastInTable"/> folded once, at start: normalizing one character at a time
    /// was most of the cost of checking a roster's positions and roles.
    /// </summary>
    private static readonly char[] Table = [.. Enumerable.Range(0, LastInTable + 1).Select(c => Compute((char)c))];

    private static char FoldChar(char c) => c <= LastInTable ? Table[c] : Compute(c);

    private static char Compute(char c)
    {
        if (c is 'đ' or 'Đ')
        {
            return 'd';
        }
        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }
        if (char.IsSurrogate(c))
        {
            // Half of an emoji: it cannot be normalized alone, and it has no accent to remove.
            return c;
        }
        // Vietnamese letters carry up to two marks (ệ = e + circumflex + dot below); the base letter comes first.
        var baseChar = c.ToString().Normalize(NormalizationForm.FormD)[0];
        return char.ToLowerInvariant(baseChar < 128 ? baseChar : c);
    }
}
