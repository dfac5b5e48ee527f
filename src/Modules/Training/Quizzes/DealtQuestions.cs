using ChildSafety.Training.Courses;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ChildSafety.Training.Quizzes;

/// <summary>
/// The questions of a version that quizzes are dealt from, with their options, kept in memory: only a published
/// version is dealt from, and a published version's questions never change (only drafts are edited), so no
/// instance ever has to forget them. Saves a query on every question page and every saved answer.
/// </summary>
public sealed class DealtQuestions(TrainingDbContext db, IMemoryCache cache)
{
    private static readonly TimeSpan Idle = TimeSpan.FromHours(1);

    /// <summary>By question id; shared between requests, so read-only.</summary>
    public async Task<IReadOnlyDictionary<int, Question>> OfVersionAsync(int versionId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(("dealt-questions", versionId), out IReadOnlyDictionary<int, Question>? questions) && questions is not null)
        {
            return questions;
        }
        questions = await db.Questions.AsNoTracking().Include(q => q.Options)
            .Where(q => q.CourseVersionId == versionId).ToDictionaryAsync(q => q.Id, cancellationToken);
        cache.Set(("dealt-questions", versionId), questions, new MemoryCacheEntryOptions { SlidingExpiration = Idle, Size = 1 });
        return questions;
    }
}
