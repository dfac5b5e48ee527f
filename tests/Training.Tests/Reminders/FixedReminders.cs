using ChildSafety.Core.Reminders;

namespace ChildSafety.Training.Tests.Reminders;

/// <summary>A module's source reduced to a list the test sets: every run, these reminders are due.</summary>
internal sealed class FixedReminders(IReadOnlyList<Reminder> due) : IReminderSource
{
    public IAsyncEnumerable<Reminder> DueAsync(DateTimeOffset now, CancellationToken cancellationToken) => due.ToAsyncEnumerable();
}
