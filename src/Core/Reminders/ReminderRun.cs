using System.Runtime.CompilerServices;
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
    /// <summary>As many reminders as a large roster has rows: a source that many is worth a compacting collection after it.</summary>
    private const int LargeSource = 10_000;

    /// <summary>How many reminders are settled against the ledger at once, and so the most a run holds of a source.</summary>
    private const int Batch = 500;

    public async Task<ReminderRunResult> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (due, sent, failed) = (0, 0, 0);
        // One source at a time, and each in batches as it yields them: a province's first run has a due reminder for
        // nearly every person, each with its composed text; a source that reads its people in parts is then never
        // held whole. A source that builds one list (the code of conduct's) is handed back at once after it rather
        // than at the next full collection. Keys are prefixed by their source, so no key is due from two sources.
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

    private async Task<(int Due, int Sent, int Failed)> RunSourceAsync(IReminderSource source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (due, sent, failed) = (0, 0, 0);
        await foreach (var batch in Guarded(source, now, cancellationToken).Chunk(Batch).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var (batchSent, batchFailed) = await SendUnsettledAsync(batch, cancellationToken).ConfigureAwait(false);
            (due, sent, failed) = (due + batch.Length, sent + batchSent, failed + batchFailed);
        }
        return (due, sent, failed);
    }

    /// <summary>
    /// The source's reminders up to its first fault: one module's fault must not silence the others' reminders, nor
    /// the ones it yielded before it. A fault of the ledger or the mail server, outside the source, still ends the run.
    /// </summary>
    private async IAsyncEnumerable<Reminder> Guarded(IReminderSource source, DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reminders = Start(source, now, cancellationToken);
        if (reminders is null)
        {
            yield break;
        }
        await using (reminders.ConfigureAwait(false))
        {
            while (await NextAsync(source, reminders).ConfigureAwait(false))
            {
                yield return reminders.Current;
            }
        }
    }

    private IAsyncEnumerator<Reminder>? Start(IReminderSource source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            return source.DueAsync(now, cancellationToken).GetAsyncEnumerator(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SourceFailed(source, ex);
            return null;
        }
    }

    private async Task<bool> NextAsync(IReminderSource source, IAsyncEnumerator<Reminder> reminders)
    {
        try
        {
            return await reminders.MoveNextAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SourceFailed(source, ex);
            return false;
        }
    }

    private void SourceFailed(IReminderSource source, Exception ex) =>
        logger.LogError(ex, "The reminder source {Source} failed", source.GetType().Name);

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
