using ChildSafety.Core.Text;

namespace ChildSafety.Core.Tests.Text;

public class SchoolYearTests
{
    [Theory]
    [InlineData(2026, 9, 5, "2026-2027")]
    [InlineData(2026, 8, 1, "2026-2027")]
    [InlineData(2026, 7, 31, "2025-2026")]
    [InlineData(2027, 5, 25, "2026-2027")]
    public void A_date_belongs_to_the_school_year_that_opened_before_it(int year, int month, int day, string expected) =>
        Assert.Equal(expected, SchoolYear.Of(new DateOnly(year, month, day)).ToString());

    [Theory]
    [InlineData("2026-2027", true)]
    [InlineData("2026-2028", false)]
    [InlineData("2026", false)]
    [InlineData("abc-def", false)]
    [InlineData(null, false)]
    public void Only_consecutive_years_read_as_a_school_year(string? text, bool valid) =>
        Assert.Equal(valid, SchoolYear.TryParse(text, out _));

    [Fact]
    public void Today_in_Vietnam_can_already_be_tomorrow_in_UTC()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 7, 31, 18, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 8, 1), VietnamTime.Today(clock));
        Assert.Equal("2026-2027", SchoolYear.Current(clock).ToString());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
