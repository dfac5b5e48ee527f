namespace ChildSafety.Content.Reading;

/// <summary>What the shared head partial writes: canonical link and Open Graph tags of a public page.</summary>
public sealed record HeadTags(string Title, string? Description, string Path, string? Image = null, string OgType = "website");
