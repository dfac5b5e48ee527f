using ChildSafety.Content.Items;
using ChildSafety.Content.Publishing;
using ChildSafety.Core.Caching;
using ChildSafety.Core.Content;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Content.Reading;

/// <summary>Training's view of the published lessons, read through <see cref="PublishedContent"/> so drafts never show.</summary>
internal sealed class LessonLibrary(PublishedContent content, SharedCache cache) : ILessonLibrary
{
    private const string ShownChoicesKey = "shown-lesson-choices";
    private const string ShownLessonKey = "shown-lesson";

    // An unknown id is kept as an empty list: the ids asked for come from published courses, not from the request.
    public async Task<LibraryLesson?> ShownAsync(Guid id, CancellationToken cancellationToken) =>
        await cache.GetOrLoadAsync<IReadOnlyList<LibraryLesson>>(ContentCache.Tag, (ShownLessonKey, id), async () =>
            await Lessons().Where(i => i.Id == id)
                .Select(i => new LibraryLesson(i.Id, i.Slug, i.Title, i.Html))
                .ToListAsync(cancellationToken)) is [var lesson, ..] ? lesson : null;

    public async Task<IReadOnlyList<LessonChoice>> ChoicesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await Lessons().Where(i => ids.Contains(i.Id))
            .Select(i => new LessonChoice(i.Id, i.Slug, i.Title))
            .ToListAsync(cancellationToken);

    public Task<IReadOnlyDictionary<Guid, LessonChoice>> ShownChoicesAsync(CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync<IReadOnlyDictionary<Guid, LessonChoice>>(ContentCache.Tag, ShownChoicesKey, async () =>
            await Lessons().Select(i => new LessonChoice(i.Id, i.Slug, i.Title)).ToDictionaryAsync(l => l.Id, cancellationToken));

    public async Task<IReadOnlyList<LibraryLesson>> FindBySlugsAsync(IReadOnlyCollection<string> slugs, CancellationToken cancellationToken) =>
        await Lessons().Where(i => slugs.Contains(i.Slug))
            .Select(i => new LibraryLesson(i.Id, i.Slug, i.Title, i.Html))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<LessonChoice>> ListAsync(CancellationToken cancellationToken) =>
        await Lessons().OrderBy(i => i.Order).ThenBy(i => i.Title)
            .Select(i => new LessonChoice(i.Id, i.Slug, i.Title))
            .ToListAsync(cancellationToken);

    private IQueryable<PublishedItem> Lessons() => content.All().Where(i => i.Type == ContentType.Lesson);
}
