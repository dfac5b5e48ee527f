namespace ChildSafety.Core.Reminders;

/// <summary>For a source that reads its reminders as one list: small ones, or ones counted per school or per week.</summary>
public static class ReminderList
{
    /// <summary>The list is read when the job first asks, so that a fault in reading is the source's fault.</summary>
    public static async IAsyncEnumerable<Reminder> Yield(Func<Task<IReadOnlyList<Reminder>>> read)
    {
        foreach (var reminder in await read().ConfigureAwait(false))
        {
            yield return reminder;
        }
    }
}
