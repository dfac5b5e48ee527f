namespace ChildSafety.Core.Content;

/// <summary>A published lesson as a reader sees it: its sanitized HTML, ready to show.</summary>
public sealed record LibraryLesson(Guid Id, string Slug, string Title, string Html);
