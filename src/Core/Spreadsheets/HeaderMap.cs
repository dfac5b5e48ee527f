namespace ChildSafety.Core.Spreadsheets;

/// <summary>Which cell of a row holds which column, as <see cref="HeaderRow.Find"/> found it.</summary>
public sealed class HeaderMap<TColumn> where TColumn : struct, Enum
{
    private readonly int[] _indexes;

    internal HeaderMap(int[] indexes) => _indexes = indexes;

    /// <summary>The row's cell for <paramref name="column"/>, "" when the column or the cell is absent.</summary>
    public string Cell(IReadOnlyList<string> cells, TColumn column)
    {
        var index = _indexes[Index(column)];
        return index >= 0 && index < cells.Count ? cells[index] : "";
    }

    internal static int Index(TColumn column) => Convert.ToInt32(column, System.Globalization.CultureInfo.InvariantCulture);
}
