namespace ChildSafety.Core.Mail;

/// <summary>Bound from the "Mail" section: <c>Mail:Smtp:Host</c> switches from the pickup folder to SMTP.</summary>
public sealed class MailSettings
{
    public string FromAddress { get; set; } = "no-reply@childsafety.local";

    public string FromName { get; set; } = "An toàn trẻ em";

    public SmtpSettings Smtp { get; set; } = new();

    public sealed class SmtpSettings
    {
        public string? Host { get; set; }

        public int Port { get; set; } = 25;

        public string? UserName { get; set; }

        public string? Password { get; set; }

        /// <summary>"None", "StartTls", "SslOnConnect" or "Auto".</summary>
        public string Security { get; set; } = "Auto";
    }
}
