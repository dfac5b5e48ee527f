namespace ChildSafety.Core.Content;

/// <summary>A published lesson as a picker lists it.</summary>
public sealed record LessonChoice(Guid Id, string Slug, string Title);
