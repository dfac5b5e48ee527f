namespace ChildSafety.Site.Roster;

/// <summary>One page of an upload's rows, numbered from 1, with the requested number clamped to what exists.</summary>
public sealed record RowPage(IReadOnlyList<UploadedRow> Items, int Number, int Count, int Total)
{
    public const int Size = 50;

    public static RowPage Empty { get; } = new([], 1, 1, 0);

    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < Count;

    /// <summary>The requested page of <paramref name="total"/> rows, read by <paramref name="rowsFrom"/> from the given offset on.</summary>
    public static RowPage Of(Func<int, IEnumerable<UploadedRow>> rowsFrom, int total, int requested)
    {
        var count = Math.Max(1, (total + Size - 1) / Size);
        var number = Math.Clamp(requested, 1, count);
        var items = rowsFrom((number - 1) * Size).Take(Size).ToList();
        return new RowPage(items, number, count, total);
    }
}
