namespace ChildSafety.Core;

/// <summary>The rows of one page of a list, and where that page sits among all pages.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Rows, Paging Paging)
{
    public int Total => Paging.Total;
}
