namespace ChildSafety.Training.Tests;

/// <summary>A clock the test moves by hand, so that effective dates are tested without waiting for them.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
