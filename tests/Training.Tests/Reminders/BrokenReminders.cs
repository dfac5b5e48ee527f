using ChildSafety.Core.Reminders;

namespace ChildSafety.Training.Tests.Reminders;

/// <summary>A module source with a bug.</summary>
internal sealed class BrokenReminders : IReminderSource
{
    public IAsyncEnumerable<Reminder> DueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("A module's bug.");
}
