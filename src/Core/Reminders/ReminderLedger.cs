using ChildSafety.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChildSafety.Core.Reminders;

/// <summary>
/// Claims reminders in the shared database so that two site instances never send the same one: the first insert
/// of a key wins, the other instance's insert fails on the unique index.
/// </summary>
public sealed class ReminderLedger(CoreDbContext db, TimeProvider clock, IOptions<ReminderSettings> settings)
{
    private const int KeysPerQuery = 500;

    /// <summary>The keys nobody needs to send: already sent, or claimed recently by an instance that is sending them.</summary>
    public async Task<HashSet<string>> SettledAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var staleBefore = StaleBefore();
        var settled = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Distinct().Chunk(KeysPerQuery))
        {
            settled.UnionWith(await db.SentReminders.AsNoTracking()
                .Where(r => chunk.Contains(r.Key) && (r.SentAt != null || r.ClaimedAt >= staleBefore))
                .Select(r => r.Key)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false));
        }
        return settled;
    }

    /// <summary>True when this instance now owns the reminder and must send it.</summary>
    public async Task<bool> TryClaimAsync(string key, Guid personId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var claim = db.SentReminders.Add(new SentReminder { Key = key, PersonId = personId, ClaimedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            // One run claims every due reminder through this one context: a claim left tracked is scanned again by
            // every later save, and a province's backlog (a reminder per person) grew the heap and slowed each save.
            claim.State = EntityState.Detached;
            return true;
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            db.ChangeTracker.Clear();
        }
        // The key exists. Only a stale claim is taken over, and the conditional update lets one instance win it.
        var staleBefore = StaleBefore();
        var taken = await db.SentReminders
            .Where(r => r.Key == key && r.SentAt == null && r.ClaimedAt < staleBefore)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.ClaimedAt, now).SetProperty(r => r.Attempts, r => r.Attempts + 1), cancellationToken)
            .ConfigureAwait(false);
        return taken == 1;
    }

    public Task MarkSentAsync(string key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.SentReminders.Where(r => r.Key == key).ExecuteUpdateAsync(set => set.SetProperty(r => r.SentAt, now), cancellationToken);
    }

    /// <summary>After a failed send: gives the key back at once, so the next run retries it.</summary>
    public Task ReleaseAsync(string key, CancellationToken cancellationToken) =>
        db.SentReminders.Where(r => r.Key == key && r.SentAt == null).ExecuteDeleteAsync(cancellationToken);

    private DateTimeOffset StaleBefore() => clock.GetUtcNow() - TimeSpan.FromMinutes(settings.Value.ClaimTimeoutMinutes);
}
