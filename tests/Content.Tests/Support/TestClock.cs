namespace ChildSafety.Content.Tests.Support;

/// <summary>A clock the test moves by hand, so that "due" and "in the future" need no waiting.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 9, 5, 1, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
