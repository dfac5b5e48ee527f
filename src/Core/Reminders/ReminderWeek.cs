using System.Globalization;

namespace ChildSafety.Core.Reminders;

/// <summary>The ISO week a weekly reminder's key names, e.g. "2026-W49": one summary per recipient and week.</summary>
public static class ReminderWeek
{
    public static string Of(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}";
    }
}
