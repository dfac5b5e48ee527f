using ChildSafety.Core.Text;

namespace ChildSafety.Training.Audit;

/// <summary>
/// The school year audited and the day its figures stand at: today for the current year, the year's last day for
/// a past one. <see cref="Cutoff"/> is the first instant after that day in Vietnam, for comparing stored UTC times.
/// </summary>
public sealed record AuditPeriod(SchoolYear Year, DateOnly AsOf)
{
    public static AuditPeriod Of(SchoolYear year, TimeProvider clock)
    {
        var today = VietnamTime.Today(clock);
        return new AuditPeriod(year, today < year.Ends ? today : year.Ends);
    }

    public DateTimeOffset Cutoff => VietnamTime.StartOf(AsOf.AddDays(1));

    /// <summary>The term the figures' day falls in: the first up to the semester-1 report day, the second after.</summary>
    public int Term => AsOf <= ReportPeriod.Semester1.Span(Year).To ? 1 : 2;

    public DateTimeOffset Opens => VietnamTime.StartOf(Year.Starts);
}
