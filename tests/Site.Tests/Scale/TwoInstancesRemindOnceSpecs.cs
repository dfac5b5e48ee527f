using System.Globalization;
using ChildSafety.Core.Data;
using ChildSafety.Core.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace ChildSafety.Site.Tests.Scale;

/// <summary>
/// Two site processes on one database, each with its own data folder and the reminder job on, started together as
/// two instances are after a deployment: between them every due reminder reaches its person once, over SMTP. The
/// fixture's own site, with its job off, only reads what is due — before the instances start, since a source may
/// leave out what the ledger holds as sent — and what the ledger holds.
/// </summary>
public abstract class TwoInstancesRemindOnceSpecs(SiteWithSmtp server) : IAsyncLifetime
{
    // A bound for a stuck instance, not a timing expectation.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private readonly List<string> _dataFolders = [];
    private SiteProcess[] _instances = [];
    private HashSet<string> _due = [];

    public async Task InitializeAsync()
    {
        if (!server.CanStart)
        {
            return;
        }
        _due = await DueKeysAsync();
        _instances = await Task.WhenAll(SiteProcess.StartAsync(InstanceSettings()), SiteProcess.StartAsync(InstanceSettings()));
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }
        _dataFolders.ForEach(folder => Directory.Delete(folder, recursive: true));
    }

    [EngineFact]
    public async Task The_reminder_job_running_on_both_instances_sends_each_reminder_once()
    {
        var due = _due;
        Assert.NotEmpty(due);

        // Each instance sends before it marks, so once every key is marked sent no send is still under way.
        await UntilAsync(async () => (await SentKeysAsync()).IsSupersetOf(due), "Not every due reminder was marked sent");
        await UntilAsync(() => Task.FromResult(server.Smtp.Mailbox.Messages().Count >= due.Count), "Not every sent reminder reached the SMTP server");

        var recipients = server.Smtp.Mailbox.Messages().Select(Recipient).ToList();
        Assert.Equal(due.Count, recipients.Count);
        Assert.Equal(recipients.Count, recipients.Distinct().Count());
    }

    private static (string Address, string? Subject) Recipient(MimeMessage message) => (message.To.Mailboxes.Single().Address, message.Subject);

    private async Task<HashSet<string>> DueKeysAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var now = TimeProvider.System.GetUtcNow();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in scope.ServiceProvider.GetServices<IReminderSource>())
        {
            await foreach (var reminder in source.DueAsync(now, CancellationToken.None))
            {
                keys.Add(reminder.Key);
            }
        }
        return keys;
    }

    private async Task<HashSet<string>> SentKeysAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<CoreDbContext>().SentReminders.AsNoTracking()
            .Where(r => r.SentAt != null)
            .Select(r => r.Key)
            .ToListAsync();
        return keys.ToHashSet(StringComparer.Ordinal);
    }

    private async Task UntilAsync(Func<Task<bool>> condition, string failure)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"{failure}:\n{string.Join("\n", _instances.Select(i => i.Output))}");
            await Task.Delay(200);
        }
    }

    private Dictionary<string, string?> InstanceSettings()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"childsafety-instance-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        _dataFolders.Add(folder);
        return new Dictionary<string, string?>(server.StorageSettings)
        {
            ["Site:DataPath"] = folder,
            // On SQLite the file stays in the fixture's folder; both instances open it, as on one machine.
            ["ConnectionStrings:Default"] = server.ConnectionString,
            ["Reminders:Enabled"] = "true",
            ["Reminders:FirstRunDelaySeconds"] = "0",
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = server.Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Mail:Smtp:Security"] = "None",
        };
    }
}

public sealed class TwoInstancesRemindOnceOnSqlite(SqliteSiteWithSmtp server) : TwoInstancesRemindOnceSpecs(server), IClassFixture<SqliteSiteWithSmtp>;

public sealed class TwoInstancesRemindOnceOnPostgres(PostgresSiteWithSmtp server) : TwoInstancesRemindOnceSpecs(server), IClassFixture<PostgresSiteWithSmtp>;
