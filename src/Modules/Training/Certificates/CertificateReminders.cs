using System.Globalization;
using ChildSafety.Core.Reminders;
using ChildSafety.Core.Text;
using ChildSafety.Training.Assignments;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Certificates;

/// <summary>One e-mail per certificate a month before it runs out, unless a later certificate already replaces it.</summary>
internal sealed class CertificateReminders(CertificateExpiries expiries, MemberDirectory directory, IStringLocalizer<TrainingText> text) : IReminderSource
{
    public const int DaysBeforeExpiry = 30;

    public IAsyncEnumerable<Reminder> DueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ReminderList.Yield(() => ListAsync(now, cancellationToken));

    private async Task<IReadOnlyList<Reminder>> ListAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var expiring = await expiries.WithinAsync(DaysBeforeExpiry, cancellationToken).ConfigureAwait(false);
        var recipients = await directory.RecipientsAsync(expiring.Select(e => e.PersonId), cancellationToken).ConfigureAwait(false);
        return expiring.Where(e => recipients.ContainsKey(e.PersonId)).Select(e => Expiring(e, recipients[e.PersonId])).ToList();
    }

    private Reminder Expiring(Expiry expiry, ReminderRecipient to) => PersonCulture.In(to.Culture, () =>
    {
        var day = VietnamTime.DateOf(expiry.ExpiresAt).ToString("d", CultureInfo.CurrentCulture);
        return new Reminder(
            $"certificate-expiring:{expiry.Serial}",
            to,
            text["Chứng nhận khoá học {0} sắp hết hạn", expiry.CourseTitle],
            text["Chứng nhận khoá học {0} của bạn (số {1}) hết hạn ngày {2}. Bạn có thể học lại để cấp chứng nhận mới ngay từ bây giờ.", expiry.CourseTitle, expiry.Serial, day],
            "/training");
    });
}
