namespace ChildSafety.Core.Mail;

public sealed record OutgoingMail(string To, string ToName, string Subject, string TextBody, string? HtmlBody = null);
