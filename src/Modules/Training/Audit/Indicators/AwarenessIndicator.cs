using ChildSafety.Core.Text;
using ChildSafety.Training.Audit.Data;
using ChildSafety.Training.Curriculum;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Audit.Indicators;

/// <summary>
/// Indicator 1: schools and centres that, in the school year up to the figures' day, held awareness activities
/// reaching both their staff and their pupils — one activity for both, or one for each. Activities for parents only
/// are listed but reach neither.
/// </summary>
public sealed class AwarenessIndicator(AuditDbContext db, IStringLocalizer<TrainingText> text) : IIndicator
{
    public const string IndicatorKey = "awareness";

    private const ActivityAudience Both = ActivityAudience.Staff | ActivityAudience.Pupils;

    public string Key => IndicatorKey;

    public int Number => 1;

    public string Title => IndicatorCatalog.All.Single(i => i.Key == IndicatorKey).Title;

    public IndicatorSubject Subject => IndicatorSubject.Schools;

    public async Task<IndicatorFigures> ComputeAsync(AuditTree tree, AuditPeriod period, CancellationToken cancellationToken)
    {
        var reached = (await Held(period)
            .Join(tree.OrganizationsIn(db.Organizations), a => a.OrganizationId, o => o.Id, (a, o) => new { a.OrganizationId, a.Audience })
            .Distinct()
            .ToListAsync(cancellationToken).ConfigureAwait(false))
            .GroupBy(a => a.OrganizationId)
            .ToDictionary(g => g.Key, g => g.Aggregate(ActivityAudience.None, (all, a) => all | a.Audience));
        return new IndicatorFigures(tree.Schools.ToDictionary(s => s.Id, s => new Fraction(Reaches(reached.GetValueOrDefault(s.Id)) ? 1 : 0, 1)));
    }

    public async Task<IReadOnlyList<IndicatorEntry>> EntriesAsync(AuditUnit unit, AuditPeriod period, CancellationToken cancellationToken)
    {
        var activities = await Held(period).Where(a => a.OrganizationId == unit.Id)
            .OrderBy(a => a.Date).Select(a => new { a.Title, a.Date, a.Kind, a.Audience })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var reached = activities.Aggregate(ActivityAudience.None, (all, a) => all | a.Audience);
        var missing = new List<IndicatorEntry>();
        if (!reached.HasFlag(ActivityAudience.Staff))
        {
            missing.Add(new IndicatorEntry(unit.Name, text["Chưa có hoạt động tuyên truyền cho cán bộ, giáo viên, nhân viên"], false, null));
        }
        if (!reached.HasFlag(ActivityAudience.Pupils))
        {
            missing.Add(new IndicatorEntry(unit.Name, text["Chưa có hoạt động tuyên truyền cho học sinh"], false, null));
        }
        return
        [
            .. missing,
            .. activities.Select(a => new IndicatorEntry(
                a.Title,
                $"{text[CurriculumLabels.Kind(a.Kind)]} · {string.Join(", ", CurriculumLabels.Audiences.Where(x => a.Audience.HasFlag(x)).Select(x => text[CurriculumLabels.Audience(x)].Value))}",
                (a.Audience & Both) != 0,
                VietnamTime.StartOf(a.Date))),
        ];
    }

    private static bool Reaches(ActivityAudience audience) => (audience & Both) == Both;

    private IQueryable<AwarenessActivity> Held(AuditPeriod period)
    {
        var year = period.Year.ToString();
        var asOf = period.AsOf;
        return db.AwarenessActivities.AsNoTracking().Where(a => a.SchoolYear == year && a.Date <= asOf);
    }
}
