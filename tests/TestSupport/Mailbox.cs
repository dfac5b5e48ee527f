using System.Text.RegularExpressions;
using MimeKit;

namespace ChildSafety.TestSupport;

/// <summary>A folder of .eml files, as the site's pickup folder or the test SMTP server writes them.</summary>
public sealed partial class Mailbox(string folder)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public IReadOnlyList<MimeMessage> Messages()
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }
        return [.. Directory.EnumerateFiles(folder, "*.eml").Order(StringComparer.Ordinal).Select(file => MimeMessage.Load(file))];
    }

    /// <summary>The first message to <paramref name="email"/>; waits for it, as delivery may trail the response.</summary>
    public async Task<MimeMessage> MessageToAsync(string email)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var message = Messages().FirstOrDefault(m => m.To.Mailboxes.Any(a => a.Address.Equals(email, StringComparison.OrdinalIgnoreCase)));
            if (message is not null)
            {
                return message;
            }
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new InvalidOperationException($"No message to {email} in {folder} (found {Messages().Count} others).");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>The password link a message carries, as a path and query on the site.</summary>
    public static Uri ResetLink(MimeMessage message)
    {
        var body = message.TextBody ?? message.HtmlBody ?? "";
        var match = ResetLinkPattern().Match(body);
        return match.Success
            ? new Uri(match.Value)
            : throw new InvalidOperationException($"No reset link in the message \"{message.Subject}\":\n{body}");
    }

    [GeneratedRegex(@"https?://\S+/account/reset-password\?\S+")]
    private static partial Regex ResetLinkPattern();
}
