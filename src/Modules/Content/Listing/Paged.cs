namespace ChildSafety.Content.Listing;

/// <summary>One page of a list and where it sits among all pages.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Rows, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    public PagerModel Pager => new(Page, PageCount, Total);
}
