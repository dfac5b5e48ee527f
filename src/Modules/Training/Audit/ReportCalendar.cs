using ChildSafety.Core.Text;

namespace ChildSafety.Training.Audit;

/// <summary>
/// The reporting deadlines of a school year in the directives: the district's annual report before 10 November
/// (action plan 2020–2025, section V), the province's report on child-abuse prevention by 10 December, and the
/// periodic reports at the end of semester 1 and of the school year. The directives name the periods, not the day;
/// 15 January and 31 May are the days the handbook's calendar gives schools.
/// </summary>
public static class ReportCalendar
{
    public static IReadOnlyList<ReportDeadline> Of(SchoolYear year) =>
    [
        new(ReportPeriod.Annual, "Báo cáo năm (trước ngày 10/11)", new DateOnly(year.StartYear, 11, 10)),
        new(null, "Báo cáo công tác phòng, chống xâm hại trẻ em (trước ngày 10/12)", new DateOnly(year.StartYear, 12, 10)),
        new(ReportPeriod.Semester1, "Báo cáo sơ kết học kỳ I", new DateOnly(year.StartYear + 1, 1, 15)),
        new(ReportPeriod.SchoolYear, "Báo cáo tổng kết năm học", new DateOnly(year.StartYear + 1, 5, 31)),
    ];
}
