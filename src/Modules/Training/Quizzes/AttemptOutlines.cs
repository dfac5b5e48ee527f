using ChildSafety.Training.Data;
using Microsoft.Extensions.Caching.Memory;

namespace ChildSafety.Training.Quizzes;

/// <summary>
/// What saving an answer needs to know of an attempt — whose it is, the version dealt from and where each question
/// stands — kept in memory while the attempt is being answered: it never changes once dealt, and a quiz's answers
/// were each reading it again. The attempt page puts it here as it loads the attempt, so the saves that follow read
/// nothing; whether the attempt is still open is left to the save's own statement. A submit forgets it; one
/// left idle (a closed tab, another instance's submit) goes after <see cref="Idle"/>.
/// </summary>
public sealed class AttemptOutlines(TrainingDbContext db, IMemoryCache cache)
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    /// <summary>Null when there is no such attempt of this person.</summary>
    public async Task<AttemptOutline?> OfAsync(Guid personId, long attemptId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(Key(attemptId), out AttemptOutline? kept) && kept is not null)
        {
            return kept.PersonId == personId ? kept : null;
        }
        return await AttemptQueries.Of(db).Attempt(db, attemptId, personId, cancellationToken) is { } attempt ? Remember(attempt) : null;
    }

    public AttemptOutline Remember(QuizAttempt attempt)
    {
        if (cache.TryGetValue(Key(attempt.Id), out AttemptOutline? kept) && kept is not null)
        {
            return kept;
        }
        var outline = new AttemptOutline(attempt.PersonId, attempt.CourseVersionId, attempt.Questions.ToDictionary(q => q.QuestionId, q => q.Order));
        cache.Set(Key(attempt.Id), outline, new MemoryCacheEntryOptions { SlidingExpiration = Idle, Size = 1 });
        return outline;
    }

    public void Forget(long attemptId) => cache.Remove(Key(attemptId));

    private static (string, long) Key(long attemptId) => ("attempt-outline", attemptId);
}

/// <summary>An attempt's owner, the version it was dealt from and each question's place (1, 2, 3…) by question id.</summary>
public sealed record AttemptOutline(Guid PersonId, int CourseVersionId, IReadOnlyDictionary<int, int> Orders);
