using System.Text.RegularExpressions;
using ChildSafety.Core.People;
using ChildSafety.Core.Reminders;
using ChildSafety.Training.Conduct;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests;

/// <summary>
/// The reminder job against the real site and its demo data, where a few people have not accepted the code of
/// conduct in force since September: one e-mail each, one weekly summary to their school administrator, and
/// nothing more on the next run or from a second instance running at the same moment.
/// </summary>
public abstract partial class ReminderSpecs(SiteServer server)
{
    private const string PendingTeacher = "nhung.mai.thcs-lqd@demo.edu.vn";
    private const string PendingAtOtherSchool = "tuyet.duong.thpt-nt@demo.edu.vn";
    private const string OtherSchoolAdmin = "yen.dang.thpt-nt@demo.edu.vn";

    private Mailbox Mailbox => new(server.MailFolder);

    [EngineFact]
    public async Task A_run_mails_each_pending_person_and_their_school_administrator_once_and_the_next_run_nothing()
    {
        var first = await RunAsync();

        var reminder = await Mailbox.MessageToAsync(PendingTeacher);
        Assert.Equal("Nhắc nhở: bạn chưa xác nhận quy tắc ứng xử", reminder.Subject);
        Assert.StartsWith("Kính gửi Mai Thị Hồng Nhung,", reminder.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{server.BaseAddress}conduct", reminder.TextBody, StringComparison.Ordinal);
        await Mailbox.MessageToAsync(PendingAtOtherSchool);
        await Mailbox.MessageToAsync(OtherSchoolAdmin);
        Assert.Single(Mailbox.Messages(), m => m.To.Mailboxes.Any(a => a.Address == OtherSchoolAdmin) && m.Subject == "2 cán bộ chưa xác nhận quy tắc ứng xử");
        Assert.DoesNotContain(Mailbox.Messages(), m => m.To.Mailboxes.Any(a => a.Address == DemoAccounts.Teacher));
        Assert.True(first.Sent >= 5);
        Assert.Equal(first.Sent, Mailbox.Messages().Count);

        var second = await RunAsync();

        Assert.Equal(0, second.Sent);
        Assert.Equal(first.Sent, Mailbox.Messages().Count);
    }

    [EngineFact]
    public async Task Two_instances_running_at_once_send_a_new_reminder_once_between_them()
    {
        await RunAsync();
        var before = Mailbox.Messages().Count;
        var newcomer = await new PersonBuilder(server).In(DemoAccounts.OtherDistrictSchool).CreateAsync();

        var runs = await Task.WhenAll(Task.Run(RunAsync), Task.Run(RunAsync));

        Assert.Single(Mailbox.Messages(), m => m.To.Mailboxes.Any(a => a.Address == newcomer.Email));
        Assert.Equal(before + runs.Sum(r => r.Sent), Mailbox.Messages().Count);
    }

    [EngineFact]
    public async Task A_school_administrator_sees_how_many_have_not_acknowledged_and_the_count_follows_an_acceptance()
    {
        using var admin = server.CreateClient();
        await admin.SignInAsync(DemoAccounts.SchoolAdmin);
        var before = PendingCount(await admin.GetAsync("/"));
        var newcomer = await new PersonBuilder(server).CreateAsync();

        var home = await admin.GetAsync("/");
        Assert.Equal(before + 1, PendingCount(home));
        Assert.Matches("<section class=\"home-notices\" aria-labelledby=\"home-notices-title\">\\s*<h2 id=\"home-notices-title\">Việc cần làm</h2>", home.Html);
        Assert.Contains("href=\"/admin/conduct\"", home.Html, StringComparison.Ordinal);

        using var teacher = server.CreateClient();
        await teacher.SignInAsync(newcomer.Email!, PersonBuilder.DefaultPassword);
        var gated = await teacher.GetAsync("/");
        Assert.Equal("/conduct", gated.Path);
        var accepted = await teacher.PostAsync(gated.Url.PathAndQuery, gated.AntiforgeryToken(),
            [new("Accept", "true"), new("VersionId", gated.InputValue("VersionId")), new("ContentHash", gated.InputValue("ContentHash")), new("ReturnUrl", gated.InputValue("ReturnUrl"))]);
        Assert.Equal("/training", accepted.Path);
        Assert.Equal("/", (await teacher.GetAsync("/")).Path);

        Assert.Equal(before, PendingCount(await admin.GetAsync("/")));
    }

    [EngineFact]
    public async Task A_teacher_with_nothing_pending_sees_no_notices()
    {
        using var client = server.CreateClient();
        await client.SignInAsync(DemoAccounts.Teacher);

        var home = await client.GetAsync("/");

        Assert.Equal("/", home.Path);
        Assert.DoesNotContain("home-notices", home.Html, StringComparison.Ordinal);
    }

    [EngineFact]
    public async Task The_pending_count_on_home_pages_agrees_with_the_list_reminders_chase_at_every_level()
    {
        await new PersonBuilder(server).CreateAsync();
        await new PersonBuilder(server).In(DemoAccounts.OtherDistrictSchool).As(Position.Manager).CreateAsync();
        await using var scope = server.Services.CreateAsyncScope();
        var pending = scope.ServiceProvider.GetRequiredService<ConductPending>();
        string[] codes = [DemoAccounts.District, DemoAccounts.School, DemoAccounts.OtherDistrict, DemoAccounts.OtherDistrictSchool];
        List<string> paths = ["/", .. await Task.WhenAll(codes.Select(async code => (await server.OrganizationAsync(code)).Path))];

        foreach (var path in paths)
        {
            var listed = 0;
            await foreach (var part in pending.InPartsAsync(path, CancellationToken.None))
            {
                listed += part.Count;
            }
            Assert.True(listed > 0, $"nobody pending under {path}: the comparison would prove nothing");
            Assert.Equal(listed, await pending.CountUnderAsync(path, CancellationToken.None));
        }
    }

    private async Task<ReminderRunResult> RunAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderRun>().RunOnceAsync(CancellationToken.None);
    }

    private static int PendingCount(Page home)
    {
        var match = PendingNotice().Match(home.Text);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex(@"(\d+) cán bộ chưa xác nhận quy tắc ứng xử")]
    private static partial Regex PendingNotice();
}

public sealed class RemindersOnSqlite(SqliteSite server) : ReminderSpecs(server), IClassFixture<SqliteSite>;

public sealed class RemindersOnPostgres(PostgresSite server) : ReminderSpecs(server), IClassFixture<PostgresSite>;
