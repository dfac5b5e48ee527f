using System.Diagnostics;

namespace ChildSafety.Bench.QuizLoad;

/// <summary>
/// When one teacher sends their next submission. Paced, each teacher has a slot every <c>concurrency / rate</c>
/// seconds (with a random phase so the teachers do not fire together): between slots they load the next page and
/// then wait, as a person reading the question would. A submission is timed from its slot, not from when it was
/// sent: a teacher still waiting for the site when the slot came is late, and that lateness is latency the person
/// feels. (Timing from the send would hide it — the load tool would slow down with the site and measure only the
/// requests the site found time for.) Unpaced, every submission is sent at once and timed from the send.
/// </summary>
public sealed class Pace(TimeSpan? interval)
{
    private long slot;

    /// <summary>Places the first slot within one interval from now.</summary>
    public void Begin()
    {
        if (interval is { } every)
        {
            slot = Stopwatch.GetTimestamp() + (long)(Random.Shared.NextDouble() * every.TotalSeconds * Stopwatch.Frequency);
        }
    }

    /// <summary>Waits for the next slot and returns the moment the submission's latency counts from.</summary>
    public async Task<long> NextAsync(CancellationToken cancellationToken)
    {
        var now = Stopwatch.GetTimestamp();
        if (interval is not { } every)
        {
            return now;
        }
        var due = slot;
        slot += (long)(every.TotalSeconds * Stopwatch.Frequency);
        if (due > now)
        {
            await Task.Delay(Stopwatch.GetElapsedTime(now, due), cancellationToken);
        }
        return due;
    }
}
