namespace ChildSafety.Core;

/// <summary>A page of a long list: which page, how many there are, and the rows on it.</summary>
public sealed record Paging(int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    public int Skip => (Page - 1) * PageSize;

    public static Paging Of(int? requested, int pageSize, int total)
    {
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        return new Paging(Math.Clamp(requested ?? 1, 1, pageCount), pageSize, total);
    }
}
