using System.Globalization;
using ChildSafety.Core.Reminders;
using ChildSafety.Core.Text;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Audit;

/// <summary>
/// Weekly e-mails to the administrators of each school whose figures fall short of the 100% target, during the
/// <see cref="DaysBeforeDeadline"/> days before a deadline of the <see cref="ReportCalendar"/>: which indicators are
/// behind, by how much, and by when the office reports. Outside those weeks the dashboard's overdue list is enough;
/// a reminder every week of the year would teach people to ignore it.
/// </summary>
public sealed class BehindReminders(AuditScopes scopes, AuditBehind behind, IStringLocalizer<TrainingText> text) : IReminderSource
{
    public const int DaysBeforeDeadline = 28;

    public IAsyncEnumerable<Reminder> DueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        ReminderList.Yield(() => ListAsync(now, cancellationToken));

    private async Task<IReadOnlyList<Reminder>> ListAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = VietnamTime.DateOf(now);
        var year = SchoolYear.Of(today);
        var deadline = ReportCalendar.Of(year).Concat(ReportCalendar.Of(new SchoolYear(year.StartYear + 1)))
            .First(d => d.Due >= today);
        if (deadline.DaysLeft(today) > DaysBeforeDeadline)
        {
            return [];
        }
        var period = new AuditPeriod(year, today);
        var week = ReminderWeek.Of(today);
        var reminders = new List<Reminder>();
        foreach (var tree in await scopes.EveryRootAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var school in await behind.ForAsync(tree, period, cancellationToken).ConfigureAwait(false))
            {
                reminders.AddRange(school.Contacts
                    .Where(c => c.Email.Length > 0)
                    .Select(contact => PersonCulture.In(contact.Culture, () => Reminder(school, contact, deadline, week))));
            }
        }
        return reminders;
    }

    private Reminder Reminder(BehindSchool school, SchoolContact contact, ReportDeadline deadline, string week)
    {
        var figures = string.Join("\n", school.Behind.Select(b =>
            $"- {text[b.Indicator.Title]}: {b.Figure.Numerator}/{b.Figure.Denominator} ({b.Figure.Percent}%)"));
        return new Reminder(
            $"audit-behind:{contact.PersonId}:{school.School.Id}:{week}",
            new ReminderRecipient(contact.PersonId, contact.Email, contact.FullName, contact.Culture),
            text["{0}: {1} chỉ tiêu chưa đạt 100% trước hạn báo cáo {2}", school.School.Name, school.Behind.Count,
                deadline.Due.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)],
            $"{text["{0} chưa đạt mục tiêu 100% ở các chỉ tiêu sau:", school.School.Name]}\n{figures}\n\n"
                + text["Hạn báo cáo tiếp theo: {0} ({1}). Danh sách người và hồ sơ còn thiếu ở trang kiểm tra, đánh giá.",
                    text[deadline.Title], deadline.Due.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)],
            $"/audit?org={school.School.Id}");
    }
}
