using System.Text;

namespace ChildSafety.Content.Rendering;

/// <summary>
/// Vietnamese text folded to plain ASCII: "Xâm hại trẻ em — Đà Nẵng" → "xam hai tre em — da nang", and as a slug
/// "xam-hai-tre-em-da-nang". Folding keeps one character for each character in, so a match found in folded text
/// marks the same positions in the original.
/// </summary>
public static class Slugs
{
    public const int MaxLength = 120;

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

    /// <summary>The URL segment for a title: ASCII letters and digits joined by single hyphens.</summary>
    public static string From(string? text)
    {
        var slug = new StringBuilder();
        foreach (var c in Fold(text))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var result = slug.ToString().Trim('-');
        return result.Length <= MaxLength ? result : result[..MaxLength].TrimEnd('-');
    }

    /// <summary>Whether a slug typed by an editor is already in the form <see cref="From"/> produces.</summary>
    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength && From(slug) == slug;

    private static char FoldChar(char c)
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
