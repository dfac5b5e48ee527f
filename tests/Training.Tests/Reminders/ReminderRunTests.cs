using ChildSafety.Core.Mail;
using ChildSafety.Core.Reminders;
using ChildSafety.Core.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace ChildSafety.Training.Tests.Reminders;

/// <summary>Runs of the reminder job against a real SQLite file, sending through the real pickup-folder sender.</summary>
public sealed class ReminderRunTests : IAsyncLifetime
{
    private static readonly Reminder[] Due =
    [
        Reminder("course-due:7:1:7d", "lan@example.edu.vn", "Trần Thị Lan", null),
        Reminder("course-due:7:2:7d", "minh@example.edu.vn", "Lê Văn Minh", "en"),
        Reminder("certificate-expiry:9:30d", "hoa@example.edu.vn", "Phạm Thị Hoa", null),
    ];

    private readonly FixedClock _clock = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
    private TrainingDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TrainingDatabase.CreateAsync(_clock);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Each_due_reminder_is_mailed_once_however_often_the_job_runs()
    {
        var first = await RunAsync(Due);
        var second = await RunAsync(Due);

        Assert.Equal(new ReminderRunResult(3, 3, 0), first);
        Assert.Equal(new ReminderRunResult(3, 0, 0), second);
        Assert.Equal(["hoa@example.edu.vn", "lan@example.edu.vn", "minh@example.edu.vn"], Recipients());
    }

    [Fact]
    public async Task Two_instances_running_at_once_send_each_reminder_once_between_them()
    {
        var many = Enumerable.Range(1, 40).Select(i => Reminder($"course-due:7:{i}:7d", $"p{i}@example.edu.vn", $"Người {i}", null)).ToArray();

        var results = await Task.WhenAll(Task.Run(() => RunAsync(many)), Task.Run(() => RunAsync(many)));

        Assert.Equal(40, results.Sum(r => r.Sent));
        Assert.Equal(40, Recipients().Count);
        Assert.Equal(40, Recipients().Distinct().Count());
    }

    [Fact]
    public async Task A_reminder_is_written_in_the_recipients_language_with_an_absolute_link()
    {
        await RunAsync(Due);

        var english = Messages().Single(m => m.To.Mailboxes.Single().Address == "minh@example.edu.vn");
        var vietnamese = Messages().Single(m => m.To.Mailboxes.Single().Address == "lan@example.edu.vn");
        Assert.StartsWith("Dear Lê Văn Minh,", english.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Kính gửi Trần Thị Lan,", vietnamese.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{TrainingDatabase.PublicUrl}/training/7", vietnamese.TextBody, StringComparison.Ordinal);
        Assert.Equal("Khoá học sắp đến hạn", vietnamese.Subject);
    }

    [Fact]
    public async Task A_reminder_that_could_not_be_sent_is_retried_at_the_next_run()
    {
        var broken = Path.Combine(_database.DataPath, "not-a-folder");
        await File.WriteAllTextAsync(broken, "");

        var failed = await RunAsync(Due, new PickupFolderMailSender(Microsoft.Extensions.Options.Options.Create(new MailSettings()), broken, _clock));
        var retried = await RunAsync(Due);

        Assert.Equal(new ReminderRunResult(3, 0, 3), failed);
        Assert.Equal(new ReminderRunResult(3, 3, 0), retried);
        Assert.Equal(3, Recipients().Count);
    }

    [Fact]
    public async Task A_failing_source_does_not_stop_the_other_modules_reminders()
    {
        var result = await RunAsync(Due, sources: [new BrokenReminders(), new FixedReminders(Due)]);

        Assert.Equal(3, result.Sent);
        Assert.Equal(3, Recipients().Count);
    }

    private static Reminder Reminder(string key, string email, string name, string? culture) =>
        new(key, new ReminderRecipient(Guid.NewGuid(), email, name, culture), "Khoá học sắp đến hạn", "Khoá học của bạn đến hạn sau 7 ngày.", "/training/7");

    /// <summary>One run as the job makes it, in its own scope, with the given module source.</summary>
    private async Task<ReminderRunResult> RunAsync(IReadOnlyList<Reminder> due, IMailSender? mail = null, IReminderSource[]? sources = null)
    {
        await using var scope = _database.Scope();
        var services = scope.ServiceProvider;
        var run = new ReminderRun(
            sources ?? [new FixedReminders(due)],
            services.GetRequiredService<ReminderLedger>(),
            mail ?? services.GetRequiredService<IMailSender>(),
            services.GetRequiredService<PublicUrls>(),
            _clock,
            services.GetRequiredService<IStringLocalizer<ChildSafety.Core.CoreText>>(),
            services.GetRequiredService<ILogger<ReminderRun>>());
        return await run.RunOnceAsync(default);
    }

    private List<MimeMessage> Messages() =>
        Directory.Exists(_database.MailFolder) ? [.. Directory.EnumerateFiles(_database.MailFolder, "*.eml").Select(f => MimeMessage.Load(f))] : [];

    private List<string> Recipients() => [.. Messages().Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.Ordinal)];
}
