using ChildSafety.Content.Items;

namespace ChildSafety.Content.Search;

/// <summary>One item found, with its title and an extract already HTML-encoded and marked.</summary>
public sealed record SearchResult(ContentType Type, string Path, string TitleHtml, string SnippetHtml, DateTimeOffset PublishedAt);
