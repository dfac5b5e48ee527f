using System.Globalization;
using ChildSafety.Core.Text;
using ChildSafety.Training.Curriculum;
using Microsoft.AspNetCore.Mvc;

namespace ChildSafety.Training.Pages.Curriculum.Activities;

/// <summary>
/// A month of the school's activities as a table of weeks, Monday first. June is Children's Action Month and March
/// Youth Month, when the directives expect the most activity; those months say so.
/// </summary>
public sealed class CalendarModel(CurriculumPlaces places, AwarenessActivities activities, TimeProvider clock) : CurriculumPageModel(places, clock)
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public DateOnly First { get; private set; }

    public IReadOnlyList<IReadOnlyList<DateOnly?>> Weeks { get; private set; } = [];

    public ILookup<DateOnly, AwarenessActivity> ByDay { get; private set; } = null!;

    public string? Campaign => First.Month switch
    {
        6 => "Tháng hành động vì trẻ em",
        3 => "Tháng Thanh niên",
        _ => null,
    };

    public static string MonthParameter(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(cancellationToken) || !Place.IsSchool)
        {
            return NotFound();
        }
        var today = VietnamTime.Today(Clock);
        First = DateOnly.TryParseExact(Month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month
            : new DateOnly(today.Year, today.Month, 1);
        ByDay = (await activities.InMonthAsync(Place.Organization.Id, First, cancellationToken)).ToLookup(a => a.Date);
        Weeks = WeeksOf(First);
        return Page();
    }

    private static List<IReadOnlyList<DateOnly?>> WeeksOf(DateOnly first)
    {
        var weeks = new List<IReadOnlyList<DateOnly?>>();
        var offset = ((int)first.DayOfWeek + 6) % 7;
        var day = first.AddDays(-offset);
        while (day <= first.AddMonths(1).AddDays(-1))
        {
            weeks.Add([.. Enumerable.Range(0, 7).Select(i => day.AddDays(i)).Select(d => d.Month == first.Month ? d : (DateOnly?)null)]);
            day = day.AddDays(7);
        }
        return weeks;
    }
}
