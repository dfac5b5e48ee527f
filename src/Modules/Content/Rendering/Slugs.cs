using System.Text;
using ChildSafety.Core.Text;

namespace ChildSafety.Content.Rendering;

/// <summary>
/// Vietnamese titles as URL segments without accents: "Xâm hại trẻ em — Đà Nẵng" → "xam-hai-tre-em-da-nang".
/// </summary>
public static class Slugs
{
    public const int MaxLength = 120;

    /// <summary>The URL segment for a title: ASCII letters and digits joined by single hyphens.</summary>
    public static string From(string? text)
    {
        var slug = new StringBuilder();
        foreach (var c in Folding.Fold(text))
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
}
