using ChildSafety.Core.Data;
using ChildSafety.Core.Reminders;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Tests.Reminders;

/// <summary>The claim rules of the reminder ledger on a real SQLite file; each scope stands for one site instance.</summary>
public sealed class ReminderLedgerTests : IAsyncLifetime
{
    private static readonly Guid Person = Guid.NewGuid();

    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
    private TrainingDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TrainingDatabase.CreateAsync(_clock);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_reminder_is_claimed_by_one_instance_only()
    {
        Assert.True(await ClaimAsync("course-due:1:a:7d"));
        Assert.False(await ClaimAsync("course-due:1:a:7d"));
        Assert.True(await ClaimAsync("course-due:1:b:7d"));
    }

    [Fact]
    public async Task A_sent_reminder_is_settled_for_good()
    {
        Assert.True(await ClaimAsync("conduct-pending:1:a"));
        await using (var scope = _database.Scope())
        {
            await TrainingDatabase.Get<ReminderLedger>(scope).MarkSentAsync("conduct-pending:1:a", default);
        }
        _clock.Now = _clock.Now.AddDays(30);

        Assert.Contains("conduct-pending:1:a", await SettledAsync("conduct-pending:1:a", "conduct-pending:1:b"));
        Assert.DoesNotContain("conduct-pending:1:b", await SettledAsync("conduct-pending:1:a", "conduct-pending:1:b"));
        Assert.False(await ClaimAsync("conduct-pending:1:a"));
    }

    [Fact]
    public async Task A_claim_left_by_a_crash_is_trusted_for_an_hour_then_taken_over_by_one_instance()
    {
        Assert.True(await ClaimAsync("conduct-pending:1:a"));

        _clock.Now = _clock.Now.AddMinutes(59);
        Assert.Contains("conduct-pending:1:a", await SettledAsync("conduct-pending:1:a"));
        Assert.False(await ClaimAsync("conduct-pending:1:a"));

        _clock.Now = _clock.Now.AddMinutes(2);
        Assert.Empty(await SettledAsync("conduct-pending:1:a"));
        Assert.True(await ClaimAsync("conduct-pending:1:a"));
        Assert.False(await ClaimAsync("conduct-pending:1:a"));

        await using var scope = _database.Scope();
        var row = await TrainingDatabase.Get<CoreDbContext>(scope).SentReminders.SingleAsync();
        Assert.Equal(2, row.Attempts);
        Assert.Equal(_clock.Now, row.ClaimedAt);
        Assert.Null(row.SentAt);
    }

    [Fact]
    public async Task A_released_claim_can_be_claimed_again_at_once()
    {
        Assert.True(await ClaimAsync("conduct-pending:1:a"));
        await using (var scope = _database.Scope())
        {
            await TrainingDatabase.Get<ReminderLedger>(scope).ReleaseAsync("conduct-pending:1:a", default);
        }

        Assert.True(await ClaimAsync("conduct-pending:1:a"));
    }

    private async Task<bool> ClaimAsync(string key)
    {
        await using var scope = _database.Scope();
        return await TrainingDatabase.Get<ReminderLedger>(scope).TryClaimAsync(key, Person, default);
    }

    private async Task<HashSet<string>> SettledAsync(params string[] keys)
    {
        await using var scope = _database.Scope();
        return await TrainingDatabase.Get<ReminderLedger>(scope).SettledAsync(keys, default);
    }
}
