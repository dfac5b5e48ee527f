namespace ChildSafety.Content.Media;

/// <summary>A content item whose draft or public version shows or links a library file.</summary>
public sealed record MediaUse(Guid ItemId, string Title);
