namespace ChildSafety.Core.Content;

/// <summary>
/// The published lessons of the Content module, offered to Training so that a course can be built from them without
/// Training knowing Content's tables. Only published versions are ever returned; a draft is invisible here.
/// </summary>
public interface ILessonLibrary
{
    /// <summary>The published lessons among <paramref name="ids"/>; ids of unknown or unpublished lessons are left out.</summary>
    Task<IReadOnlyList<LibraryLesson>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>
    /// The same lessons as <see cref="FindAsync"/> without their text, for lists and checks: a course page names its
    /// lessons on every visit and has no use for their bodies.
    /// </summary>
    Task<IReadOnlyList<LessonChoice>> ChoicesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>
    /// Every published lesson by id, as <see cref="ChoicesAsync"/> gives them, kept in memory until content is
    /// published again (here at once, on other instances within the shared cache's poll): for pages that name lessons
    /// on every visit, not for checking a write.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, LessonChoice>> ShownChoicesAsync(CancellationToken cancellationToken);

    /// <summary>The published lessons among <paramref name="slugs"/>, for loading courses from files.</summary>
    Task<IReadOnlyList<LibraryLesson>> FindBySlugsAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken);

    /// <summary>Every published lesson in its set order, for a course editor to pick from.</summary>
    Task<IReadOnlyList<LessonChoice>> ListAsync(CancellationToken cancellationToken);
}
