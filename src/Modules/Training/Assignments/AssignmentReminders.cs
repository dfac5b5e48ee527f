using System.Globalization;
using ChildSafety.Core.Reminders;
using ChildSafety.Core.Text;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Assignments;

/// <summary>
/// E-mails about assigned courses not yet passed: one a week before the due date, one once it has passed. The due
/// date is part of the key, so an extended assignment reminds again before its new date.
/// </summary>
internal sealed class AssignmentReminders(AssignmentDeadlines deadlines, MemberDirectory directory, IStringLocalizer<TrainingText> text) : IReminderSource
{
    public const int DaysBeforeDue = 7;

    public async Task<IReadOnlyList<Reminder>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (soon, late) = await deadlines.OpenAsync(DaysBeforeDue, cancellationToken).ConfigureAwait(false);
        var recipients = await directory.RecipientsAsync(soon.Concat(late).Select(d => d.PersonId), cancellationToken).ConfigureAwait(false);
        return
        [
            .. soon.Where(d => recipients.ContainsKey(d.PersonId)).Select(d => Soon(d, recipients[d.PersonId])),
            .. late.Where(d => recipients.ContainsKey(d.PersonId)).Select(d => Late(d, recipients[d.PersonId])),
        ];
    }

    private Reminder Soon(Deadline deadline, ReminderRecipient to) => PersonCulture.In(to.Culture, () => new Reminder(
        $"course-due:{deadline.CourseId}:{deadline.PersonId}:{Key(deadline.DueOn)}",
        to,
        text["Nhắc hạn: hoàn thành khoá học {0} trước ngày {1}", deadline.CourseTitle, Shown(deadline.DueOn)],
        text["Bạn được giao khoá học {0}, hạn hoàn thành ngày {1}. Hãy đăng nhập, học các bài và làm bài kiểm tra trước hạn.", deadline.CourseTitle, Shown(deadline.DueOn)],
        "/training"));

    private Reminder Late(Deadline deadline, ReminderRecipient to) => PersonCulture.In(to.Culture, () => new Reminder(
        $"course-overdue:{deadline.CourseId}:{deadline.PersonId}:{Key(deadline.DueOn)}",
        to,
        text["Khoá học {0} đã quá hạn", deadline.CourseTitle],
        text["Khoá học {0} được giao cho bạn đã quá hạn hoàn thành từ ngày {1}. Hãy đăng nhập và hoàn thành khoá học sớm nhất có thể.", deadline.CourseTitle, Shown(deadline.DueOn)],
        "/training"));

    private static string Key(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Shown(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);
}
