namespace ChildSafety.Core.Reminders;

/// <summary>
/// A module's reminders that are due at <paramref name="now"/>. A source need not remember what it already sent:
/// it yields every reminder whose time has come, and the job sends each key only once. Register with
/// <c>services.AddReminderSource&lt;T&gt;()</c>; it is resolved in a scope, so it may use the module's DbContext.
/// </summary>
public interface IReminderSource
{
    Task<IReadOnlyList<Reminder>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
