namespace ChildSafety.Site.Tests.Backup;

/// <summary>
/// <c>backup FILE</c> while the site runs, <c>restore FILE</c> into an empty place: every table comes back with the
/// same rows, and the data folder's files (keys, evidence) with the same bytes. A restore never silently replaces a
/// database that has tables.
/// </summary>
public abstract class BackupRoundTripSpecs(SiteServer server) : IAsyncLifetime
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "childsafety-tests", $"backup-{Guid.NewGuid():N}");
    private PostgresDatabase? _target;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_work);
        if (server.Engine == DatabaseEngine.Postgres && server.CanStart)
        {
            _target = await PostgresDatabase.CreateAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_target is not null)
        {
            await _target.DisposeAsync();
        }
        Directory.Delete(_work, recursive: true);
    }

    [EngineFact]
    public async Task A_backup_taken_while_the_site_runs_restores_every_table_and_file()
    {
        await new PersonBuilder(server).CreateAsync();
        File.WriteAllText(Path.Combine(server.DataPath, "evidence-probe.txt"), "biên bản ký giấy");
        var archive = Path.Combine(_work, "site-backup.zip");

        var backup = await SiteProcess.RunCommandAsync(server.StorageSettings, "backup", archive);
        var original = await DatabaseFingerprint.OfAsync(server.Engine, server.ConnectionString);
        var targetFolder = Path.Combine(_work, "restored");
        var target = SiteServer.StorageSettingsFor(server.Engine, targetFolder, _target?.ConnectionString);
        var restore = await SiteProcess.RunCommandAsync(target, "restore", archive);
        var restored = await DatabaseFingerprint.OfAsync(server.Engine, TargetConnectionString(targetFolder));

        Assert.True(backup.ExitCode == 0, backup.Output);
        Assert.True(restore.ExitCode == 0, restore.Output);
        Assert.True(original.Count >= 10, $"Only {original.Count} tables found.");
        Assert.Equal(original, restored);
        Assert.Equal("biên bản ký giấy", File.ReadAllText(Path.Combine(targetFolder, "evidence-probe.txt")));
        // The data-protection keys are rows of the database, so sign-ins made before the backup survive a restore.
        Assert.Contains(original, table => table.Key.EndsWith("\"DataProtectionKeys\"", StringComparison.Ordinal) && !table.Value.StartsWith("0:", StringComparison.Ordinal));
    }

    [EngineFact]
    public async Task Restoring_over_a_database_with_tables_needs_force()
    {
        var archive = Path.Combine(_work, "again.zip");
        var backup = await SiteProcess.RunCommandAsync(server.StorageSettings, "backup", archive);
        var before = await DatabaseFingerprint.OfAsync(server.Engine, server.ConnectionString);
        var targetFolder = Path.Combine(_work, "occupied");
        var target = SiteServer.StorageSettingsFor(server.Engine, targetFolder, _target?.ConnectionString);
        await SiteProcess.RunCommandAsync(target, "restore", archive);
        await new PersonBuilder(server).CreateAsync();
        var newer = Path.Combine(_work, "newer.zip");
        await SiteProcess.RunCommandAsync(server.StorageSettings, "backup", newer);

        var refused = await SiteProcess.RunCommandAsync(target, "restore", newer);
        var unchanged = await DatabaseFingerprint.OfAsync(server.Engine, TargetConnectionString(targetFolder));
        var forced = await SiteProcess.RunCommandAsync(target, "restore", newer, "--force");
        var replaced = await DatabaseFingerprint.OfAsync(server.Engine, TargetConnectionString(targetFolder));

        Assert.True(backup.ExitCode == 0, backup.Output);
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("--force", refused.Output, StringComparison.Ordinal);
        Assert.Equal(before, unchanged);
        Assert.True(forced.ExitCode == 0, forced.Output);
        Assert.Equal(await DatabaseFingerprint.OfAsync(server.Engine, server.ConnectionString), replaced);
    }

    private string TargetConnectionString(string folder) =>
        _target?.ConnectionString ?? $"Data Source={Path.Combine(folder, "site.db")}";
}

public sealed class BackupOnSqlite(SqliteSite server) : BackupRoundTripSpecs(server), IClassFixture<SqliteSite>;

public sealed class BackupOnPostgres(PostgresSite server) : BackupRoundTripSpecs(server), IClassFixture<PostgresSite>;
