using System.Globalization;
using ChildSafety.Core.Notices;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.Text;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Certificates;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Learning;

/// <summary>
/// On a person's own home page, the same occasions the e-mails are about: an assigned course due within a week or
/// overdue, and a certificate running out within a month.
/// </summary>
internal sealed class TrainingNotices(MemberDirectory directory, Standings standings, TimeProvider clock, IStringLocalizer<TrainingText> text) : IHomeNotice
{
    public async Task<IReadOnlyList<HomeNotice>> ForAsync(CallerScope caller, CancellationToken cancellationToken)
    {
        var member = await directory.FindAsync(caller.PersonId, cancellationToken).ConfigureAwait(false);
        if (member is null)
        {
            return [];
        }
        var now = clock.GetUtcNow();
        var today = VietnamTime.Today(clock);
        var notices = new List<HomeNotice>();
        foreach (var standing in await standings.AllAsync(member, cancellationToken).ConfigureAwait(false))
        {
            var title = standing.Published.Title;
            var link = $"/training/{standing.Course.Slug}";
            if (standing.Status == TrainingStatus.Overdue)
            {
                notices.Add(new HomeNotice(text["Khoá học {0} đã quá hạn", title], link));
            }
            else if (standing.Status is TrainingStatus.NotStarted or TrainingStatus.InProgress && standing.DueOn is { } due && due <= today.AddDays(AssignmentReminders.DaysBeforeDue))
            {
                notices.Add(new HomeNotice(text["Hoàn thành khoá học {0} trước ngày {1}", title, due.ToString("d", CultureInfo.CurrentCulture)], link));
            }
            else if (standing.Current is { } certificate && certificate.ExpiresAt <= now.AddDays(CertificateReminders.DaysBeforeExpiry))
            {
                notices.Add(new HomeNotice(text["Chứng nhận khoá học {0} sắp hết hạn", title], link));
            }
        }
        return notices;
    }
}
