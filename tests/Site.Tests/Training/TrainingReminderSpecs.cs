using ChildSafety.Core.People;
using ChildSafety.Core.Reminders;
using ChildSafety.Core.Text;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Training;

/// <summary>
/// The reminder job and the home page on training: an assigned course due within a week, one already overdue and a
/// certificate running out within a month each bring one e-mail, once, and a notice while they last. Each spec
/// assigns the course to a new school of the other district, which no demo assignment covers.
/// </summary>
public abstract class TrainingReminderSpecs(SiteServer server)
{
    private Mailbox Mailbox => new(server.MailFolder);

    private static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    [EngineFact]
    public async Task A_course_due_within_a_week_is_mailed_once_and_shown_on_the_home_page()
    {
        var learner = await NewLearnerAsync(dueInDays: 5);
        var due = Today.AddDays(5).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

        await RunAsync();
        var second = await RunAsync();

        var message = Assert.Single(MessagesTo(learner.Person.Email!));
        Assert.Equal($"Nhắc hạn: hoàn thành khoá học {await TitleAsync()} trước ngày {due}", message.Subject);
        Assert.Contains($"{server.BaseAddress}training", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(MessagesTo(learner.Person.Email!), m => (m.Subject ?? "").Contains("quá hạn", StringComparison.Ordinal));
        Assert.Equal(0, second.Sent);
        var home = await learner.Client.GetAsync("/");
        Assert.True(home.Shows($"Hoàn thành khoá học {await TitleAsync()} trước ngày {due}"));
        Assert.Contains($"href=\"/training/{Learner.Course}\"", home.Html, StringComparison.Ordinal);
    }

    [EngineFact]
    public async Task An_overdue_course_is_mailed_once_and_an_extended_due_date_reminds_again_before_it()
    {
        var learner = await NewLearnerAsync(dueInDays: -3);

        await RunAsync();

        var overdue = Assert.Single(MessagesTo(learner.Person.Email!));
        Assert.Equal($"Khoá học {await TitleAsync()} đã quá hạn", overdue.Subject);
        Assert.True((await learner.Client.GetAsync("/")).Shows($"Khoá học {await TitleAsync()} đã quá hạn"));

        await MoveDueDateAsync(learner, Today.AddDays(6));
        await RunAsync();
        await RunAsync();

        Assert.Equal(2, MessagesTo(learner.Person.Email!).Count);
        Assert.Single(MessagesTo(learner.Person.Email!), m => (m.Subject ?? "").StartsWith("Nhắc hạn:", StringComparison.Ordinal));
    }

    [EngineFact]
    public async Task A_course_far_from_its_due_date_brings_neither_mail_nor_notice()
    {
        var learner = await NewLearnerAsync(dueInDays: 20);

        await RunAsync();

        Assert.Empty(MessagesTo(learner.Person.Email!));
        Assert.DoesNotContain("home-notices", (await learner.Client.GetAsync("/")).Html, StringComparison.Ordinal);
    }

    [EngineFact]
    public async Task A_certificate_expiring_within_a_month_is_mailed_once_to_its_holder_and_shown_on_their_home_page()
    {
        // The demo school administrator holds a certificate of the first course that runs out within a month.
        await RunAsync();
        await RunAsync();

        var message = Assert.Single(MessagesTo(DemoAccounts.SchoolAdmin), m => (m.Subject ?? "").StartsWith("Chứng nhận", StringComparison.Ordinal));
        Assert.Equal($"Chứng nhận khoá học {await TitleAsync()} sắp hết hạn", message.Subject);
        using var admin = server.CreateClient();
        await admin.SignInAsync(DemoAccounts.SchoolAdmin);
        Assert.True((await admin.GetAsync("/")).Shows($"Chứng nhận khoá học {await TitleAsync()} sắp hết hạn"));
    }

    private async Task<Learner> NewLearnerAsync(int dueInDays)
    {
        var district = await server.OrganizationAsync(DemoAccounts.OtherDistrict);
        var school = await new OrganizationBuilder(server).School().Under(district).CreateAsync();
        var learner = await Learner.NewAsync(server, school.Code);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var now = DateTimeOffset.UtcNow;
        db.Assignments.Add(new Assignment
        {
            CourseId = await db.Courses.Where(c => c.Slug == Learner.Course).Select(c => c.Id).SingleAsync(),
            OrganizationId = school.Id,
            OrganizationPath = school.Path,
            Positions = PositionSet.Everyone,
            DueOn = Today.AddDays(dueInDays),
            AssignedOn = Today.AddDays(Math.Min(0, dueInDays) - 30),
            CreatedAt = now,
            UpdatedAt = now,
        });
        await db.SaveChangesAsync();
        await scope.ServiceProvider.EvictLiveAssignmentsAsync();
        return learner;
    }

    private async Task MoveDueDateAsync(Learner learner, DateOnly dueOn)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var assignment = await db.Assignments.SingleAsync(a => a.OrganizationId == learner.Person.OrganizationId);
        assignment.DueOn = dueOn;
        await db.SaveChangesAsync();
        await scope.ServiceProvider.EvictLiveAssignmentsAsync();
    }

    private async Task<string> TitleAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().CourseVersions
            .Where(v => v.Course!.Slug == Learner.Course).OrderByDescending(v => v.Number).Select(v => v.Title).FirstAsync();
    }

    private List<MimeKit.MimeMessage> MessagesTo(string email) =>
        Mailbox.Messages().Where(m => m.To.Mailboxes.Any(a => a.Address.Equals(email, StringComparison.OrdinalIgnoreCase))).ToList();

    private async Task<ReminderRunResult> RunAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderRun>().RunOnceAsync(CancellationToken.None);
    }
}

public sealed class TrainingRemindersOnSqlite(SqliteSite server) : TrainingReminderSpecs(server), IClassFixture<SqliteSite>;

public sealed class TrainingRemindersOnPostgres(PostgresSite server) : TrainingReminderSpecs(server), IClassFixture<PostgresSite>;
