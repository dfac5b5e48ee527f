using ChildSafety.Core.Mail;
using ChildSafety.Core.Text;
using ChildSafety.Core.Web;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace ChildSafety.Core.Reminders;

/// <summary>
/// One pass of the reminder job: asks every module's source what is due, and sends each reminder nobody has sent
/// yet — claim first, then send, then mark sent. Logs counts only; addresses stay out of the logs.
/// </summary>
public sealed class ReminderRun(
    IEnumerable<IReminderSource> sources,
    ReminderLedger ledger,
    IMailSender mail,
    PublicUrls urls,
    TimeProvider clock,
    IStringLocalizer<CoreText> text,
    ILogger<ReminderRun> logger)
{
    /// <summary>As many reminders as a large roster has rows: a list that size is worth a compacting collection.</summary>
    private const int LargeSource = 10_000;

    public async Task<ReminderRunResult> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (due, sent, failed) = (0, 0, 0);
        // One source at a time: a province's due reminders run to hundreds of thousands, each with its composed
        // text, and at steady state an earlier run has settled nearly all of them. Read all at once they held 200 MB
        // of heap at 50,000 staff; one source's list is garbage before the next is read, and a large one is handed
        // back at once rather than at the next full collection. Keys are prefixed by their source, so no key is due
        // from two sources.
        foreach (var source in sources)
        {
            var (sourceDue, sourceSent, sourceFailed) = await RunSourceAsync(source, now, cancellationToken).ConfigureAwait(false);
            if (sourceDue >= LargeSource)
            {
                MemoryRelease.AfterLargeJob();
            }
            (due, sent, failed) = (due + sourceDue, sent + sourceSent, failed + sourceFailed);
        }
        if (logger.IsEnabled(LogLevel.Information) && (sent > 0 || failed > 0))
        {
            logger.LogInformation("Reminders: {Due} due, {Sent} sent, {Failed} failed", due, sent, failed);
        }
        return new ReminderRunResult(due, sent, failed);
    }

    /// <summary>The source's list lives in this method's state, which is cleared when it completes.</summary>
    private async Task<(int Due, int Sent, int Failed)> RunSourceAsync(IReminderSource source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        IReadOnlyList<Reminder> reminders;
        try
        {
            reminders = await source.DueAsync(now, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One module's fault must not silence the others' reminders.
            logger.LogError(ex, "The reminder source {Source} failed", source.GetType().Name);
            return (0, 0, 0);
        }
        var (sent, failed) = await SendUnsettledAsync(reminders, cancellationToken).ConfigureAwait(false);
        return (reminders.Count, sent, failed);
    }

    private async Task<(int Sent, int Failed)> SendUnsettledAsync(IReadOnlyList<Reminder> due, CancellationToken cancellationToken)
    {
        var settled = await ledger.SettledAsync([.. due.Select(r => r.Key)], cancellationToken).ConfigureAwait(false);
        var (sent, failed) = (0, 0);
        foreach (var reminder in due.Where(r => !settled.Contains(r.Key)).DistinctBy(r => r.Key))
        {
            if (!await ledger.TryClaimAsync(reminder.Key, reminder.To.PersonId, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }
            try
            {
                await mail.SendAsync(Compose(reminder), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed++;
                // The exception's message may quote the recipient; its type says enough.
                logger.LogWarning("A reminder could not be sent ({Error}); the next run tries again", ex.GetType().Name);
                await ledger.ReleaseAsync(reminder.Key, CancellationToken.None).ConfigureAwait(false);
                continue;
            }
            await ledger.MarkSentAsync(reminder.Key, CancellationToken.None).ConfigureAwait(false);
            sent++;
        }
        return (sent, failed);
    }

    private OutgoingMail Compose(Reminder reminder) => PersonCulture.In(reminder.To.Culture, () =>
    {
        var body = string.Join("\n\n",
            text["Kính gửi {0},", reminder.To.FullName],
            reminder.Body,
            text["Xem chi tiết: {0}", urls.Absolute(reminder.Link)],
            text["Thư này được gửi tự động từ nền tảng An toàn trẻ em; mỗi lời nhắc chỉ được gửi một lần."]);
        return new OutgoingMail(reminder.To.Email, reminder.To.FullName, reminder.Subject, body);
    });
}
