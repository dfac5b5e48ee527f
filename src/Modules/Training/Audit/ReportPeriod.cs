using ChildSafety.Core.Text;

namespace ChildSafety.Training.Audit;

/// <summary>The periodic reports the directives ask for.</summary>
public enum ReportPeriod
{
    Semester1,
    SchoolYear,
    Annual,
}

public static class ReportPeriods
{
    public static string Title(this ReportPeriod period) => period switch
    {
        ReportPeriod.Semester1 => "Học kỳ I",
        ReportPeriod.SchoolYear => "Năm học",
        _ => "Báo cáo năm",
    };

    /// <summary>The days a report covers: semester 1 up to its report day, the whole school year, or the year up to 10 November.</summary>
    public static (DateOnly From, DateOnly To) Span(this ReportPeriod period, SchoolYear year) => period switch
    {
        ReportPeriod.Semester1 => (year.Starts, new DateOnly(year.StartYear + 1, 1, 15)),
        ReportPeriod.SchoolYear => (year.Starts, year.Ends),
        _ => (new DateOnly(year.StartYear - 1, 11, 10), new DateOnly(year.StartYear, 11, 9)),
    };
}
