using Microsoft.Extensions.Caching.Memory;

namespace ChildSafety.Training.Quizzes;

/// <summary>
/// Attempts just submitted, as the submit left them, with the serial of the certificate it issued: the result page
/// follows every submit, and a submitted attempt no longer changes, so it need not read them back. Kept by the
/// instance that took the submit for <see cref="Kept"/>; a result page anywhere else, or later, reads the database.
/// </summary>
public sealed class SubmittedAttempts(IMemoryCache cache)
{
    private static readonly TimeSpan Kept = TimeSpan.FromMinutes(5);

    public void Keep(AttemptSheet sheet, string? serial) =>
        cache.Set(Key(sheet.Attempt.Id), new SubmittedAttempt(sheet, serial), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Kept, Size = 1 });

    /// <summary>Null unless kept, and for the person who submitted it.</summary>
    public SubmittedAttempt? Of(Guid personId, long attemptId) =>
        cache.TryGetValue(Key(attemptId), out SubmittedAttempt? kept) && kept?.Sheet.Attempt.PersonId == personId ? kept : null;

    private static (string, long) Key(long attemptId) => ("submitted-attempt", attemptId);
}

public sealed record SubmittedAttempt(AttemptSheet Sheet, string? Serial);
