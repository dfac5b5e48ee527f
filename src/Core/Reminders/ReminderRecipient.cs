namespace ChildSafety.Core.Reminders;

/// <summary>Who receives a reminder, and the language they chose ("en", or Vietnamese for anything else).</summary>
public sealed record ReminderRecipient(Guid PersonId, string Email, string FullName, string? Culture);
