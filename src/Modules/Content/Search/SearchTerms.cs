using ChildSafety.Core.Text;

namespace ChildSafety.Content.Search;

/// <summary>
/// What a visitor typed, as folded words: "Xâm  hại!" and "xam hai" are the same search. At most a handful of words,
/// each a run of letters or digits, so nothing typed reaches a full-text query language as syntax.
/// </summary>
public sealed record SearchTerms(IReadOnlyList<string> Words)
{
    public const int MaxWords = 8;

    public const int MaxLength = 200;

    public bool IsEmpty => Words.Count == 0;

    public static SearchTerms Parse(string? typed)
    {
        var folded = Folding.Fold(typed?.Normalize() is { Length: > MaxLength } long_ ? long_[..MaxLength] : typed?.Normalize());
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsAsciiLetterOrDigit(folded[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = folded[start..i];
                if (!words.Contains(word))
                {
                    words.Add(word);
                }
                start = -1;
            }
        }
        return new SearchTerms(words.Take(MaxWords).ToList());
    }

    /// <summary>FTS5: every word as a quoted prefix, all required — "xam"* "hai"*.</summary>
    public string ToFts5() => string.Join(' ', Words.Select(w => $"\"{w}\"*"));

    /// <summary>PostgreSQL to_tsquery: every word as a prefix, all required — xam:* &amp; hai:*.</summary>
    public string ToTsQuery() => string.Join(" & ", Words.Select(w => $"{w}:*"));
}
