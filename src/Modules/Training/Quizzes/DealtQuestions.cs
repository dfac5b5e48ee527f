using ChildSafety.Training.Courses;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ChildSafety.Training.Quizzes;

/// <summary>
/// The version quizzes are dealt from and its questions with their options, kept in memory: only a published
/// version is dealt from, and a published version never changes (only drafts are edited), so no instance ever has
/// to forget them. Saves a query or two on every attempt page and every saved answer.
/// </summary>
public sealed class DealtQuestions(TrainingDbContext db, IMemoryCache cache)
{
    private static readonly TimeSpan Idle = TimeSpan.FromHours(1);

    /// <summary>By question id; shared between requests, so read-only.</summary>
    public Task<IReadOnlyDictionary<int, Question>> OfVersionAsync(int versionId, CancellationToken cancellationToken) =>
        KeptAsync<IReadOnlyDictionary<int, Question>>(("dealt-questions", versionId), async () =>
            await db.Questions.AsNoTracking().Include(q => q.Options)
                .Where(q => q.CourseVersionId == versionId).ToDictionaryAsync(q => q.Id, cancellationToken));

    /// <summary>The version with its course's address; shared between requests, so read-only.</summary>
    internal Task<TakenVersion> VersionAsync(int versionId, CancellationToken cancellationToken) =>
        KeptAsync(("dealt-version", versionId), () => AttemptQueries.Of(db).Version(db, versionId, cancellationToken));

    private async Task<T> KeptAsync<T>(object key, Func<Task<T>> load)
        where T : class
    {
        if (cache.TryGetValue(key, out T? kept) && kept is not null)
        {
            return kept;
        }
        var loaded = await load();
        cache.Set(key, loaded, new MemoryCacheEntryOptions { SlidingExpiration = Idle, Size = 1 });
        return loaded;
    }
}
