using ChildSafety.Core.Data;
using ChildSafety.Core.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests;

/// <summary>The background job itself, switched on as in production, delivering through a real SMTP conversation.</summary>
public abstract class ReminderJobOverSmtpSpecs(SiteWithSmtp server)
{
    [EngineFact]
    public async Task The_job_started_with_the_site_mails_a_pending_teacher_over_SMTP_and_records_it_sent()
    {
        const string teacher = "nhung.mai.thcs-lqd@demo.edu.vn";
        var message = await server.Smtp.Mailbox.MessageToAsync(teacher);

        Assert.Equal("Nhắc nhở: bạn chưa xác nhận quy tắc ứng xử", message.Subject);
        Assert.Empty(new Mailbox(server.MailFolder).Messages());
        var person = (await server.ScopeOfAsync(teacher)).PersonId;
        var row = await SentReminderOfAsync(person);
        Assert.StartsWith("conduct-pending:", row.Key, StringComparison.Ordinal);
        Assert.Equal(1, row.Attempts);

        // A second instance running now, perhaps while the job is still at work: between them, nobody hears twice.
        await using var scope = server.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReminderRun>().RunOnceAsync(CancellationToken.None);
        var recipients = server.Smtp.Mailbox.Messages().Select(m => (m.To.Mailboxes.Single().Address, m.Subject)).ToList();
        Assert.Equal(recipients.Distinct().Count(), recipients.Count);
        Assert.Single(recipients, r => r.Address == teacher && r.Subject == message.Subject);
    }

    /// <summary>The ledger marks a conduct reminder sent (the teacher may be reminded of a course too) just after the SMTP server accepted it; waits for that mark.</summary>
    private async Task<SentReminder> SentReminderOfAsync(Guid personId)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var scope = server.Services.CreateAsyncScope();
            var row = await scope.ServiceProvider.GetRequiredService<CoreDbContext>().SentReminders.AsNoTracking()
                .SingleOrDefaultAsync(r => r.PersonId == personId && r.Key.StartsWith("conduct-pending:") && r.SentAt != null);
            if (row is not null)
            {
                return row;
            }
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new InvalidOperationException("The reminder was mailed but never marked sent.");
            }
            await Task.Delay(100);
        }
    }
}

/// <summary>On SQLite with the reminder job on, as a class fixture.</summary>
public sealed class SqliteSiteWithReminderJob : SiteWithSmtp
{
    public SqliteSiteWithReminderJob()
        : base(DatabaseEngine.Sqlite) => With("Reminders:Enabled", "true").With("Reminders:FirstRunDelaySeconds", "0");
}

/// <summary>On PostgreSQL with the reminder job on, as a class fixture.</summary>
public sealed class PostgresSiteWithReminderJob : SiteWithSmtp, INeedsPostgres
{
    public PostgresSiteWithReminderJob()
        : base(DatabaseEngine.Postgres) => With("Reminders:Enabled", "true").With("Reminders:FirstRunDelaySeconds", "0");
}

public sealed class ReminderJobOverSmtpOnSqlite(SqliteSiteWithReminderJob server) : ReminderJobOverSmtpSpecs(server), IClassFixture<SqliteSiteWithReminderJob>;

public sealed class ReminderJobOverSmtpOnPostgres(PostgresSiteWithReminderJob server) : ReminderJobOverSmtpSpecs(server), IClassFixture<PostgresSiteWithReminderJob>;
