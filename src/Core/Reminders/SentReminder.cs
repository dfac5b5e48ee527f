namespace ChildSafety.Core.Reminders;

/// <summary>
/// The ledger row that makes a reminder go out once: a site instance inserts it (the unique key is the claim)
/// before sending, and marks it sent afterwards. A claim never marked sent belongs to an instance that stopped
/// mid-send; after <see cref="ReminderSettings.ClaimTimeoutMinutes"/> another instance may take it over.
/// </summary>
public sealed class SentReminder
{
    public long Id { get; set; }

    public required string Key { get; set; }

    public Guid PersonId { get; set; }

    public DateTimeOffset ClaimedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>How many times the reminder was claimed: more than one means a send was retried after a crash.</summary>
    public int Attempts { get; set; } = 1;
}
