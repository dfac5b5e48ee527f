using ChildSafety.Core.Text;

namespace ChildSafety.Core.Spreadsheets;

/// <summary>
/// Finds which cell of a row holds which column from the header row, by name: a heading or an alias, compared
/// without accents, case or spacing (<see cref="TextKey"/>), in any order. Unknown headings are ignored (lists often
/// carry a note or a phone number); when a heading repeats, the first one counts.
/// </summary>
public static class HeaderRow
{
    /// <param name="aliases">Folded heading → column, e.g. "hovaten" → FullName.</param>
    public static (HeaderMap<TColumn>? Map, IReadOnlyList<TColumn> Missing) Find<TColumn>(
        IReadOnlyList<string> cells, IReadOnlyDictionary<string, TColumn> aliases, IReadOnlyList<TColumn> required)
        where TColumn : struct, Enum
    {
        var indexes = Enumerable.Repeat(-1, Enum.GetValues<TColumn>().Length).ToArray();
        for (var i = 0; i < cells.Count; i++)
        {
            if (aliases.TryGetValue(TextKey.Of(cells[i]), out var column) && indexes[HeaderMap<TColumn>.Index(column)] < 0)
            {
                indexes[HeaderMap<TColumn>.Index(column)] = i;
            }
        }
        var missing = required.Where(c => indexes[HeaderMap<TColumn>.Index(c)] < 0).ToList();
        return (missing.Count == 0 ? new HeaderMap<TColumn>(indexes) : null, missing);
    }
}
