namespace ChildSafety.Core;

/// <summary>
/// After a rare job that built a large heap — a province's roster checked and inserted, a reminder run that read a
/// province's due reminders — the garbage it left would
/// keep the process at its peak until the next full collection, which a site at steady load may not need for
/// hours. A compacting, aggressive collection hands that memory back to the system at once; the pause it costs
/// (tens of milliseconds for a heap of a few hundred megabytes) is small beside the job.
/// </summary>
public static class MemoryRelease
{
    public static void AfterLargeJob() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
