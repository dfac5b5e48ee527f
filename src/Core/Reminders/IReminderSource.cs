namespace ChildSafety.Core.Reminders;

/// <summary>
/// A module's reminders that are due at <paramref name="now"/>. A source need not remember what it already sent:
/// it yields every reminder whose time has come, and the job sends each key only once. It may leave out reminders
/// the <see cref="ReminderLedger"/> already holds as settled, which saves composing them. Register with
/// <c>services.AddReminderSource&lt;T&gt;()</c>; it is resolved in a scope, so it may use the module's DbContext.
/// </summary>
/// <remarks>
/// Reminders are yielded rather than returned as one list: a province's first run has a reminder for nearly every
/// person, and the job sends them batch by batch as they come, so a source that reads its people in parts holds only
/// one part at a time. A source must not keep a database reader open between two items: the job writes the ledger
/// through the same scope while it sends.
/// </remarks>
public interface IReminderSource
{
    IAsyncEnumerable<Reminder> DueAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
