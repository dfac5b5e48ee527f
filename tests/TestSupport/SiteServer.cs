using System.Net;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace ChildSafety.TestSupport;

/// <summary>
/// The real site on a 127.0.0.1 port (Kestrel), with the demo organizations and people, a fresh data folder and a
/// fresh database: SQLite in the data folder, or a new database on the throwaway PostgreSQL server. Use one per test
/// class as a class fixture; <see cref="RestartAsync"/> starts it again on the same data.
/// </summary>
public class SiteServer(DatabaseEngine engine) : IAsyncLifetime
{
    private readonly Dictionary<string, string?> _settings = [];
    private SiteFactory? _factory;
    private PostgresDatabase? _database;
    private readonly UnhandledErrors _errors = new();

    public DatabaseEngine Engine { get; } = engine;

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "childsafety-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Where the site keeps the e-mails it sends when no SMTP server is configured.</summary>
    public string MailFolder => Path.Combine(DataPath, "mail");

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The running site's services: open a scope to use its domain services against the real database.</summary>
    public IServiceProvider Services => (_factory ?? throw new InvalidOperationException("The site is not running.")).Services;

    /// <summary>The connection string of the site's database: the SQLite file in the data folder, or its PostgreSQL database.</summary>
    public string ConnectionString => _database?.ConnectionString ?? $"Data Source={Path.Combine(DataPath, "site.db")}";

    /// <summary>The settings that say where the site keeps its data, for another process to use the same data.</summary>
    public IReadOnlyDictionary<string, string?> StorageSettings => StorageSettingsFor(Engine, DataPath, _database?.ConnectionString);

    /// <summary>The settings of a site keeping its data in <paramref name="dataPath"/> and, on PostgreSQL, that database.</summary>
    public static IReadOnlyDictionary<string, string?> StorageSettingsFor(DatabaseEngine engine, string dataPath, string? postgresConnectionString) =>
        engine == DatabaseEngine.Postgres
            ? new Dictionary<string, string?> { ["Site:DataPath"] = dataPath, ["Database:Provider"] = "Postgres", ["ConnectionStrings:Default"] = postgresConnectionString }
            : new Dictionary<string, string?> { ["Site:DataPath"] = dataPath };

    /// <summary>A setting given to the site on top of the test defaults; takes effect at the next start.</summary>
    public SiteServer With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>False for PostgreSQL without a server to use; the specifications are then reported as skipped.</summary>
    public bool CanStart => Engine == DatabaseEngine.Sqlite || PostgresDatabase.Unavailable is null;

    public virtual async Task InitializeAsync()
    {
        if (!CanStart)
        {
            return;
        }
        if (Engine == DatabaseEngine.Postgres)
        {
            _database = await PostgresDatabase.CreateAsync();
        }
        Directory.CreateDirectory(DataPath);
        Start();
    }

    /// <summary>Stops the site and starts it again on the same data folder and database, as a restart in production.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        Start();
    }

    public SiteClient CreateClient() => new(BaseAddress);

    /// <summary>Who a person is as a caller of the domain services: their organization's subtree and their roles.</summary>
    public async Task<CallerScope> ScopeOfAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
        var normalized = users.NormalizeEmail(email);
        var person = await users.Users.Include(p => p.Organization).SingleAsync(p => p.NormalizedEmail == normalized);
        var roles = await users.GetRolesAsync(person);
        return new CallerScope(person.Id, person.OrganizationId, person.Organization!.Path, [.. roles]);
    }

    public async Task<Organization> OrganizationAsync(string code)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChildSafety.Core.Data.CoreDbContext>();
        return await db.Organizations.AsNoTracking().SingleAsync(o => o.Code == code);
    }

    public virtual async Task DisposeAsync()
    {
        await StopAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        if (_errors.All.Count > 0)
        {
            throw new InvalidOperationException(
                $"The site failed {_errors.All.Count} request(s) with an unhandled exception; users saw the error page:\n{string.Join("\n\n", _errors.All)}");
        }
    }

    private void Start()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Site:DataPath"] = DataPath,
            ["Site:Demo"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
            // A fresh database has no migrations table yet; EF reports the first look for it as a failed command.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "None",
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
            // Specifications that count e-mails must not race the reminder job; reminder specs run it themselves.
            ["Reminders:Enabled"] = "false",
        };
        if (_database is not null)
        {
            settings["Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Default"] = _database.ConnectionString;
        }
        foreach (var (key, value) in _settings)
        {
            settings[key] = value;
        }

        var factory = new SiteFactory(settings, _errors);
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        _factory = factory;
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var address = addresses?.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel reported no address.");
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    /// <summary>Stops the site, leaving its data folder and database for another process or a later start.</summary>
    public async Task StopAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            _factory = null;
        }
        // The SQLite file stays open in the connection pool otherwise, and the data folder could not be removed.
        SqliteConnection.ClearAllPools();
    }
}
