using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ChildSafety.Core.Text;

namespace ChildSafety.Content.Search;

/// <summary>
/// Marks the searched words in the original text, accents and all: the text is folded once, and since folding keeps
/// one character per character, a word found at a position of the folded text is at the same position in the original.
/// </summary>
public static class Highlighter
{
    // Vietnamese letters stay letters in the markup; only what HTML needs escaped is escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The text HTML-encoded, with every word that starts with a searched word wrapped in &lt;mark&gt;.</summary>
    public static string Mark(string text, SearchTerms terms) => Mark(text, terms, 0, text.Length);

    /// <summary>
    /// About <paramref name="length"/> characters of <paramref name="text"/> around the first searched word, cut at
    /// word boundaries, with the words marked; the opening when no word is found.
    /// </summary>
    public static string Snippet(string text, SearchTerms terms, int length = 220)
    {
        var first = Matches(Folding.Fold(text), terms).Select(m => m.Start).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, first - (length / 3));
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }
        var end = Math.Min(text.Length, start + length);
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }
        var marked = Mark(text, terms, start, end);
        return (start > 0 ? "… " : "") + marked + (end < text.Length ? " …" : "");
    }

    private static string Mark(string text, SearchTerms terms, int from, int to)
    {
        var html = new StringBuilder();
        var position = from;
        foreach (var (start, length) in Matches(Folding.Fold(text), terms).Where(m => m.Start >= from && m.Start + m.Length <= to))
        {
            html.Append(Encoder.Encode(text[position..start]))
                .Append("<mark>").Append(Encoder.Encode(text.Substring(start, length))).Append("</mark>");
            position = start + length;
        }
        return html.Append(Encoder.Encode(text[position..to])).ToString();
    }

    /// <summary>Each searched word found at the start of a word of the folded text, in order, never overlapping.</summary>
    private static IEnumerable<(int Start, int Length)> Matches(string folded, SearchTerms terms)
    {
        var i = 0;
        while (i < folded.Length)
        {
            var atWordStart = char.IsAsciiLetterOrDigit(folded[i]) && (i == 0 || !char.IsAsciiLetterOrDigit(folded[i - 1]));
            var word = atWordStart ? terms.Words.Where(w => string.CompareOrdinal(folded, i, w, 0, w.Length) == 0).MaxBy(w => w.Length) : null;
            if (word is null)
            {
                i++;
                continue;
            }
            yield return (i, word.Length);
            i += word.Length;
        }
    }
}
