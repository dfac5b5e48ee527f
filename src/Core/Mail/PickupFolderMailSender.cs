using Microsoft.Extensions.Options;

namespace ChildSafety.Core.Mail;

/// <summary>Without an SMTP server every message is kept as an .eml file under the data folder, so nothing is lost.</summary>
public sealed class PickupFolderMailSender(IOptions<MailSettings> options, string folder, TimeProvider clock) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        using var message = MimeMessages.Create(mail, options.Value);
        var name = $"{clock.GetUtcNow():yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(folder, name + ".tmp");
        await message.WriteToAsync(temporary, cancellationToken).ConfigureAwait(false);
        File.Move(temporary, Path.Combine(folder, name));
    }
}
