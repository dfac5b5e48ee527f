namespace ChildSafety.Core.Reminders;

/// <summary>
/// One e-mail a module wants sent. <see cref="Key"/> names the occasion, e.g. "course-due:{assignmentId}:{personId}:7d":
/// a key is sent once, ever, however many times its source yields it and however many site instances run.
/// <see cref="Link"/> is a path on the site; the job turns it into an absolute address under the body.
/// </summary>
public sealed record Reminder(string Key, ReminderRecipient To, string Subject, string Body, string Link);
