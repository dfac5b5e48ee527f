using ChildSafety.Core;
using ChildSafety.Core.Text;
using ChildSafety.Core.Topics;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Curriculum;

/// <summary>A school's awareness activities: the list, the calendar, and their changes.</summary>
public sealed class AwarenessActivities(TrainingDbContext db, TopicCatalog topics, TimeProvider clock, IStringLocalizer<TrainingText> text)
{
    public const int PageSize = 20;

    public const int MaxParticipants = 100_000;

    public Task<Paged<AwarenessActivity>> ListAsync(int schoolId, SchoolYear year, ActivityKind? kind, string? topic, int? page, CancellationToken cancellationToken)
    {
        var query = OfYear(schoolId, year);
        if (kind is { } k)
        {
            query = query.Where(a => a.Kind == k);
        }
        if (topics.IsKnown(topic))
        {
            var marker = TopicCodes.Marker(topic!);
            query = query.Where(a => a.Topics.Contains(marker));
        }
        return query.OrderByDescending(a => a.Date).ThenBy(a => a.Title).ToPagedAsync(page, PageSize, cancellationToken);
    }

    public async Task<IReadOnlyList<AwarenessActivity>> InMonthAsync(int schoolId, DateOnly month, CancellationToken cancellationToken)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var next = first.AddMonths(1);
        return await db.AwarenessActivities.AsNoTracking()
            .Where(a => a.OrganizationId == schoolId && a.Date >= first && a.Date < next)
            .OrderBy(a => a.Date).ThenBy(a => a.Title)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<AwarenessActivity?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.AwarenessActivities.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public async Task<(AwarenessActivity? Activity, Outcome Outcome)> SaveAsync(
        int schoolId, AwarenessActivity? activity, ActivityInput input, string? evidenceFile, CancellationToken cancellationToken)
    {
        var outcome = Check(input);
        if (!outcome.Succeeded)
        {
            return (null, outcome);
        }
        var now = clock.GetUtcNow();
        var date = input.Date!.Value;
        if (activity is null)
        {
            activity = new AwarenessActivity { Id = Guid.NewGuid(), OrganizationId = schoolId, CreatedAt = now, SchoolYear = "", Title = "", Topics = "" };
            db.AwarenessActivities.Add(activity);
        }
        activity.SchoolYear = SchoolYear.Of(date).ToString();
        activity.Date = date;
        activity.Kind = input.Kind;
        activity.Audience = input.Audience;
        activity.Participants = input.Participants;
        activity.Title = input.Title.Trim();
        activity.Topics = TopicCodes.Join(input.Topics);
        activity.EvidenceUrl = EvidenceLink.Clean(input.EvidenceUrl);
        activity.EvidencePath = evidenceFile ?? activity.EvidencePath;
        activity.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (activity, Outcome.Success);
    }

    public async Task DeleteAsync(AwarenessActivity activity, CancellationToken cancellationToken)
    {
        db.AwarenessActivities.Remove(activity);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private Outcome Check(ActivityInput input)
    {
        var outcome = new Outcome();
        if (input.Date is null)
        {
            outcome.Add(nameof(input.Date), text["Hãy nhập ngày tổ chức."]);
        }
        if (!Enum.IsDefined(input.Kind))
        {
            outcome.Add(nameof(input.Kind), text["Hãy chọn hình thức hoạt động."]);
        }
        if (input.Audience == ActivityAudience.None)
        {
            outcome.Add(nameof(input.Audience), text["Hãy chọn ít nhất một đối tượng tham gia."]);
        }
        if (input.Participants is < 1 or > MaxParticipants)
        {
            outcome.Add(nameof(input.Participants), text["Số người tham gia phải từ 1 đến {0:N0}.", MaxParticipants]);
        }
        var title = input.Title.Trim();
        if (title.Length == 0)
        {
            outcome.Add(nameof(input.Title), text["Hãy nhập tên hoạt động."]);
        }
        else if (title.Length > 300)
        {
            outcome.Add(nameof(input.Title), text["Tên hoạt động dài quá 300 ký tự."]);
        }
        if (input.Topics.Count == 0)
        {
            outcome.Add(nameof(input.Topics), text["Hãy chọn ít nhất một chủ đề."]);
        }
        else if (input.Topics.FirstOrDefault(t => !topics.IsKnown(t)) is { } unknown)
        {
            outcome.Add(nameof(input.Topics), text["Chủ đề “{0}” không có trong danh mục.", unknown]);
        }
        if (!EvidenceLink.IsValid(input.EvidenceUrl))
        {
            outcome.Add(nameof(input.EvidenceUrl), text["Đường dẫn minh chứng phải bắt đầu bằng http:// hoặc https:// và dài tối đa 500 ký tự."]);
        }
        return outcome;
    }

    private IQueryable<AwarenessActivity> OfYear(int schoolId, SchoolYear year)
    {
        var text = year.ToString();
        return db.AwarenessActivities.AsNoTracking().Where(a => a.OrganizationId == schoolId && a.SchoolYear == text);
    }
}
