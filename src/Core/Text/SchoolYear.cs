namespace ChildSafety.Core.Text;

/// <summary>
/// A Vietnamese school year, "2026-2027": it opens in early September and its reports close in the summer, so a
/// date from 1 August on belongs to the year that starts then.
/// </summary>
public readonly record struct SchoolYear(int StartYear)
{
    public static SchoolYear Of(DateOnly date) => new(date.Month >= 8 ? date.Year : date.Year - 1);

    public static SchoolYear Current(TimeProvider clock) => Of(VietnamTime.Today(clock));

    public static bool TryParse(string? text, out SchoolYear year)
    {
        year = default;
        var parts = text?.Split('-');
        if (parts is [var first, var second] && int.TryParse(first, out var start) && int.TryParse(second, out var end) && end == start + 1 && start is > 2000 and < 2100)
        {
            year = new SchoolYear(start);
            return true;
        }
        return false;
    }

    public DateOnly Starts => new(StartYear, 8, 1);

    public DateOnly Ends => new(StartYear + 1, 7, 31);

    public override string ToString() => $"{StartYear}-{StartYear + 1}";
}
