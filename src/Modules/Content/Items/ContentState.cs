namespace ChildSafety.Content.Items;

/// <summary>Draft → published → archived; the number is stored, so never renumber.</summary>
public enum ContentState
{
    Draft = 0,
    Published = 1,
    Archived = 2,
}
