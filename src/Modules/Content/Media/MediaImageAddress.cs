namespace ChildSafety.Content.Media;

/// <summary>One variant of a library image, as its address names it.</summary>
public sealed record MediaImageAddress(string Folder, Guid Id, int Width);
