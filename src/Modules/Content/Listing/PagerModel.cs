namespace ChildSafety.Content.Listing;

/// <summary>What the shared pager partial needs: the current page and how many there are.</summary>
public sealed record PagerModel(int Page, int PageCount, int Total);
