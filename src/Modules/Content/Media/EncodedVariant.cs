namespace ChildSafety.Content.Media;

/// <summary>One WebP rendition of an image.</summary>
public sealed record EncodedVariant(int Width, int Height, byte[] Webp);
