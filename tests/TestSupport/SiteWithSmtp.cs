namespace ChildSafety.TestSupport;

/// <summary>The site sending its mail over a real SMTP conversation to a <see cref="SmtpSink"/> on loopback.</summary>
public abstract class SiteWithSmtp(DatabaseEngine engine) : SiteServer(engine)
{
    private SmtpSink? _smtp;

    public SmtpSink Smtp => _smtp ?? throw new InvalidOperationException("The SMTP server is not running.");

    public override async Task InitializeAsync()
    {
        if (CanStart)
        {
            _smtp = await SmtpSink.StartAsync(Path.Combine(Path.GetTempPath(), "childsafety-tests", $"smtp-{Guid.NewGuid():N}"));
            With("Mail:Smtp:Host", "127.0.0.1");
            With("Mail:Smtp:Port", _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            With("Mail:Smtp:Security", "None");
        }
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_smtp is not null)
        {
            await _smtp.DisposeAsync();
            Directory.Delete(_smtp.Folder, recursive: true);
        }
    }
}

/// <summary>On SQLite, as a class fixture.</summary>
public sealed class SqliteSiteWithSmtp() : SiteWithSmtp(DatabaseEngine.Sqlite);

/// <summary>On PostgreSQL, as a class fixture.</summary>
public sealed class PostgresSiteWithSmtp() : SiteWithSmtp(DatabaseEngine.Postgres), INeedsPostgres;
