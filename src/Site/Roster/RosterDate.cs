using System.Globalization;

namespace ChildSafety.Site.Roster;

/// <summary>
/// Dates as Vietnamese rosters write them (05/09/2024, 5/9/2024, 05-09-2024), as ISO 2024-09-05, and as the serial
/// number Excel stores when a date cell lost its date format.
/// </summary>
public static class RosterDate
{
    private static readonly string[] Formats = ["dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "yyyy-M-d"];

    /// <summary>Excel serials for 1954-09-01 to 2119-02-18: numbers outside that are certainly not a start date.</summary>
    private const int MinSerial = 20_000;
    private const int MaxSerial = 80_000;

    public static bool TryParse(string value, out DateOnly date)
    {
        if (DateOnly.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is >= MinSerial and <= MaxSerial)
        {
            date = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return true;
        }
        return false;
    }
}
