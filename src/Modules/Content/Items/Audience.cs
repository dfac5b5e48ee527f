namespace ChildSafety.Content.Items;

/// <summary>Who an item is written for; an item may speak to several audiences at once.</summary>
[Flags]
public enum Audience
{
    None = 0,
    Pupils = 1,
    Parents = 2,
    Staff = 4,
}
