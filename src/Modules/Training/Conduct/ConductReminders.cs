using System.Globalization;
using System.Runtime.CompilerServices;
using ChildSafety.Core.Data;
using ChildSafety.Core.People;
using ChildSafety.Core.Reminders;
using ChildSafety.Core.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Conduct;

/// <summary>
/// E-mails about the code of conduct: each person still pending a week after they were first asked gets one
/// reminder per version; each school administrator whose organization has people pending gets one summary a week.
/// </summary>
internal sealed class ConductReminders(ConductPending pending, CoreDbContext core, IStringLocalizer<TrainingText> text) : IReminderSource
{
    public const int DaysBeforeReminding = 7;

    /// <summary>
    /// Part by part as the pending people are read, each personal reminder composed as the job takes it: on a
    /// province's first run nearly everyone is pending. The school summaries need only a count per organization.
    /// </summary>
    public async IAsyncEnumerable<Reminder> DueAsync(DateTimeOffset now, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var today = VietnamTime.DateOf(now);
        var pendingPerOrganization = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var part in pending.InPartsAsync("/", cancellationToken).ConfigureAwait(false))
        {
            foreach (var person in part)
            {
                pendingPerOrganization[person.OrganizationPath] = pendingPerOrganization.GetValueOrDefault(person.OrganizationPath) + 1;
            }
            foreach (var person in part.Where(p => p.Email is not null && p.AskedSince.AddDays(DaysBeforeReminding) <= today))
            {
                yield return Personal(person);
            }
        }
        foreach (var summary in await SchoolSummariesAsync(pendingPerOrganization, today, cancellationToken).ConfigureAwait(false))
        {
            yield return summary;
        }
    }

    private Reminder Personal(PendingPerson person) => PersonCulture.In(person.Culture, () => new Reminder(
        $"conduct-pending:{person.Version.VersionId}:{person.PersonId}",
        new ReminderRecipient(person.PersonId, person.Email!, person.FullName, person.Culture),
        text["Nhắc nhở: bạn chưa xác nhận quy tắc ứng xử"],
        text["Quy tắc ứng xử có hiệu lực với bạn từ ngày {0}, nhưng bạn chưa xác nhận. Hãy đăng nhập, đọc và xác nhận quy tắc.", person.AskedSince.ToString("d", CultureInfo.CurrentCulture)],
        "/conduct"));

    private async Task<IEnumerable<Reminder>> SchoolSummariesAsync(Dictionary<string, int> pendingPerOrganization, DateOnly today, CancellationToken cancellationToken)
    {
        if (pendingPerOrganization.Count == 0)
        {
            return [];
        }
        var admins = await (
                from person in core.Users.AsNoTracking()
                join membership in core.UserRoles on person.Id equals membership.UserId
                join role in core.Roles on membership.RoleId equals role.Id
                where role.Name == Roles.SchoolAdmin && person.IsActive && person.Email != null
                select new { person.Id, person.Email, person.FullName, person.Culture, person.Organization!.Path })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var weekKey = ReminderWeek.Of(today);
        // Counted per organization first: a province has 3,000 school administrators and 150,000 people pending.
        return admins
            .Select(admin => (Admin: admin, Count: pendingPerOrganization.Where(o => o.Key.StartsWith(admin.Path, StringComparison.Ordinal)).Sum(o => o.Value)))
            .Where(a => a.Count > 0)
            .Select(a => PersonCulture.In(a.Admin.Culture, () => new Reminder(
                $"conduct-school:{a.Admin.Id}:{weekKey}",
                new ReminderRecipient(a.Admin.Id, a.Admin.Email!, a.Admin.FullName, a.Admin.Culture),
                text["{0} cán bộ chưa xác nhận quy tắc ứng xử", a.Count],
                text["Đơn vị của bạn còn {0} cán bộ, giáo viên, nhân viên chưa xác nhận quy tắc ứng xử đang có hiệu lực. Danh sách ở trang quản lý quy tắc ứng xử; bạn có thể nhắc trực tiếp hoặc ghi nhận bản xác nhận trên giấy.", a.Count],
                "/admin/conduct")))
            .ToList();
    }
}
