namespace ChildSafety.Content.Media;

public enum MediaKind
{
    /// <summary>A photo or drawing, kept only as WebP variants re-encoded from its pixels.</summary>
    Image,

    /// <summary>A PDF document, kept as uploaded.</summary>
    Document,
}
