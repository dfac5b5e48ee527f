using ChildSafety.Core.Reminders;
using ChildSafety.Core.Text;
using ChildSafety.Training.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests;

/// <summary>
/// School administrators whose figures fall behind hear of it weekly in the four weeks before a report is due, and
/// not in the quiet months between. The demo's THCS Lê Quý Đôn is behind (nobody there holds the online-safety
/// course's certificate, among others); the days are taken from the report calendar so the specs hold in any month.
/// </summary>
public abstract class BehindReminderSpecs(SiteServer server)
{
    [EngineFact]
    public async Task A_week_before_a_report_a_school_behind_tells_its_administrator_which_indicators_fall_short()
    {
        var deadline = NextDeadlineAfter(VietnamTime.Today(TimeProvider.System).AddDays(7));

        var reminders = await DueAtAsync(deadline.Due.AddDays(-7));

        var reminder = Assert.Single(reminders, r => r.To.Email == DemoAccounts.SchoolAdmin);
        var due = deadline.Due.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var shortfalls = reminder.Body.Split('\n').Count(line => line.StartsWith("- ", StringComparison.Ordinal));
        Assert.Equal($"Trường THCS Lê Quý Đôn: {shortfalls} chỉ tiêu chưa đạt 100% trước hạn báo cáo {due}", reminder.Subject);
        Assert.True(shortfalls > 0, reminder.Body);
        Assert.Contains($"{deadline.Title} ({due})", reminder.Body, StringComparison.Ordinal);
        Assert.StartsWith("/audit?org=", reminder.Link, StringComparison.Ordinal);
        Assert.DoesNotContain(reminders, r => r.To.Email == DemoAccounts.Teacher);
    }

    [EngineFact]
    public async Task Every_day_of_a_week_gives_the_same_reminder_so_the_job_sends_it_once()
    {
        var day = NextDeadlineAfter(VietnamTime.Today(TimeProvider.System)).Due.AddDays(-14);
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

        var early = await DueAtAsync(monday);
        var late = await DueAtAsync(monday.AddDays(4));

        var keys = early.Where(r => r.To.Email == DemoAccounts.SchoolAdmin).Select(r => r.Key).ToList();
        Assert.NotEmpty(keys);
        Assert.Equal(keys, late.Where(r => r.To.Email == DemoAccounts.SchoolAdmin).Select(r => r.Key));
    }

    [EngineFact]
    public async Task Far_from_any_report_deadline_nobody_is_reminded()
    {
        // The second semester's quiet months: the semester-1 report is past, the year's report three months away.
        var year = SchoolYear.Current(TimeProvider.System);

        Assert.Empty(await DueAtAsync(new DateOnly(year.StartYear + 1, 3, 1)));
    }

    private static ReportDeadline NextDeadlineAfter(DateOnly day)
    {
        var year = SchoolYear.Of(day);
        return ReportCalendar.Of(year).Concat(ReportCalendar.Of(new SchoolYear(year.StartYear + 1))).First(d => d.Due >= day);
    }

    private async Task<IReadOnlyList<Reminder>> DueAtAsync(DateOnly day)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetServices<IReminderSource>().OfType<BehindReminders>().Single();
        return await source.DueAsync(VietnamTime.StartOf(day).AddHours(9), CancellationToken.None).ToListAsync();
    }
}

public sealed class BehindRemindersOnSqlite(SqliteSite server) : BehindReminderSpecs(server), IClassFixture<SqliteSite>;

public sealed class BehindRemindersOnPostgres(PostgresSite server) : BehindReminderSpecs(server), IClassFixture<PostgresSite>;
