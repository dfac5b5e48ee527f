namespace ChildSafety.Core.Reminders;

/// <summary>Bound from the "Reminders" section.</summary>
public sealed class ReminderSettings
{
    /// <summary>Off, the site sends no reminders itself (another instance or a test runs them).</summary>
    public bool Enabled { get; set; } = true;

    public int IntervalMinutes { get; set; } = 15;

    /// <summary>
    /// How long after a start the first run waits: a run reads every module's figures, and at start it would compete
    /// with the start-up itself and the first requests a new instance takes.
    /// </summary>
    public int FirstRunDelaySeconds { get; set; } = 60;

    /// <summary>How long a claim without a send is trusted to the instance that made it.</summary>
    public int ClaimTimeoutMinutes { get; set; } = 60;
}
