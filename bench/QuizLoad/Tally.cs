namespace ChildSafety.Bench.QuizLoad;

/// <summary>One teacher's committed saves and submits with their latencies, and what went wrong; merged at the end.</summary>
public sealed class Tally
{
    public List<double> SaveMilliseconds { get; } = [];

    public List<double> SubmitMilliseconds { get; } = [];

    public int Errors { get; set; }

    public List<string> ErrorSamples { get; } = [];

    public int Exhausted { get; set; }

    public void Error(string what)
    {
        Errors++;
        if (ErrorSamples.Count < 3)
        {
            ErrorSamples.Add(what);
        }
    }

    public static Tally Merge(IEnumerable<Tally> tallies)
    {
        var all = new Tally();
        foreach (var tally in tallies)
        {
            all.SaveMilliseconds.AddRange(tally.SaveMilliseconds);
            all.SubmitMilliseconds.AddRange(tally.SubmitMilliseconds);
            all.Errors += tally.Errors;
            all.Exhausted += tally.Exhausted;
            all.ErrorSamples.AddRange(tally.ErrorSamples.Take(Math.Max(0, 5 - all.ErrorSamples.Count)));
        }
        return all;
    }

    /// <summary>The latency below which the given share of the timings fall (nearest rank).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double share) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}
