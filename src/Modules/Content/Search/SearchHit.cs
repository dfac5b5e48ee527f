namespace ChildSafety.Content.Search;

/// <summary>A published version matching a search, with its engine's relevance (higher is better).</summary>
public sealed record SearchHit(long VersionId, double Relevance);
