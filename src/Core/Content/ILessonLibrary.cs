namespace ChildSafety.Core.Content;

/// <summary>
/// The published lessons of the Content module, offered to Training so that a course can be built from them without
/// Training knowing Content's tables. Only published versions are ever returned; a draft is invisible here.
/// </summary>
public interface ILessonLibrary
{
    /// <summary>
    /// A published lesson with its text, for the learner reading it; null when it is unknown or unpublished. Kept in
    /// memory until content is published again, as <see cref="ShownChoicesAsync"/> is: every teacher of a course
    /// reads the same few lessons.
    /// </summary>
    Task<LibraryLesson?> ShownAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>
    /// The published lessons among <paramref name="ids"/> without their text, for lists and checks; ids of unknown or
    /// unpublished lessons are left out.
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
