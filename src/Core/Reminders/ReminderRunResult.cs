namespace ChildSafety.Core.Reminders;

/// <summary>What one run did: reminders due, sent now, and failed (given back for the next run).</summary>
public sealed record ReminderRunResult(int Due, int Sent, int Failed);
