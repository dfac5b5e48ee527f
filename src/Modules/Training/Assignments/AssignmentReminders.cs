using System.Globalization;
using System.Runtime.CompilerServices;
using ChildSafety.Core.Reminders;
using ChildSafety.Core.Text;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Assignments;

/// <summary>
/// E-mails about assigned courses not yet passed: one a week before the due date, one once it has passed. The due
/// date is part of the key, so an extended assignment reminds again before its new date. Part by part as the
/// deadlines are read, and only for keys the ledger has not settled: after the first run nearly every open deadline
/// has had its reminder, and composing them again only to drop them held a province's worth of text.
/// </summary>
internal sealed class AssignmentReminders(AssignmentDeadlines deadlines, MemberDirectory directory, ReminderLedger ledger, IStringLocalizer<TrainingText> text) : IReminderSource
{
    public const int DaysBeforeDue = 7;

    public async IAsyncEnumerable<Reminder> DueAsync(DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var part in deadlines.OpenAsync(DaysBeforeDue, cancellationToken).ConfigureAwait(false))
        {
            var keyed = part.Select(d => (Deadline: d, Key: Key(d))).ToList();
            var settled = await ledger.SettledAsync([.. keyed.Select(k => k.Key)], cancellationToken).ConfigureAwait(false);
            var unsettled = keyed.Where(k => !settled.Contains(k.Key)).ToList();
            if (unsettled.Count == 0)
            {
                continue;
            }
            var recipients = await directory.RecipientsAsync(unsettled.Select(k => k.Deadline.PersonId), cancellationToken).ConfigureAwait(false);
            foreach (var (deadline, key) in unsettled)
            {
                if (recipients.TryGetValue(deadline.PersonId, out var to))
                {
                    yield return deadline.Late ? Late(deadline, key, to) : Soon(deadline, key, to);
                }
            }
        }
    }

    private static string Key(Deadline deadline) =>
        $"{(deadline.Late ? "course-overdue" : "course-due")}:{deadline.CourseId}:{deadline.PersonId}:{deadline.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private Reminder Soon(Deadline deadline, string key, ReminderRecipient to) => PersonCulture.In(to.Culture, () => new Reminder(
        key,
        to,
        text["Nhắc hạn: hoàn thành khoá học {0} trước ngày {1}", deadline.CourseTitle, Shown(deadline.DueOn)],
        text["Bạn được giao khoá học {0}, hạn hoàn thành ngày {1}. Hãy đăng nhập, học các bài và làm bài kiểm tra trước hạn.", deadline.CourseTitle, Shown(deadline.DueOn)],
        "/training"));

    private Reminder Late(Deadline deadline, string key, ReminderRecipient to) => PersonCulture.In(to.Culture, () => new Reminder(
        key,
        to,
        text["Khoá học {0} đã quá hạn", deadline.CourseTitle],
        text["Khoá học {0} được giao cho bạn đã quá hạn hoàn thành từ ngày {1}. Hãy đăng nhập và hoàn thành khoá học sớm nhất có thể.", deadline.CourseTitle, Shown(deadline.DueOn)],
        "/training"));

    private static string Shown(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);
}
