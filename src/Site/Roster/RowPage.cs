namespace ChildSafety.Site.Roster;

/// <summary>One page of an upload's rows, numbered from 1, with the requested number clamped to what exists.</summary>
public sealed record RowPage(IReadOnlyList<UploadedRow> Items, int Number, int Count, int Total)
{
    public const int Size = 50;

    public static RowPage Empty { get; } = new([], 1, 1, 0);

    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < Count;

    public static RowPage Of(IReadOnlyList<UploadedRow> all, int requested)
    {
        var count = Math.Max(1, (all.Count + Size - 1) / Size);
        var number = Math.Clamp(requested, 1, count);
        var items = all.Skip((number - 1) * Size).Take(Size).ToList();
        return new RowPage(items, number, count, all.Count);
    }
}
