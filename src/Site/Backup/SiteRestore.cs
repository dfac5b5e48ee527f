using System.IO.Compression;
using ChildSafety.Core.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ChildSafety.Site.Backup;

/// <summary>
/// Puts a <see cref="BackupArchive"/> back: the database, then the data folder's files. Refuses to replace a
/// database that already has tables unless forced. On SQLite the site must be stopped while this runs.
/// </summary>
internal sealed class SiteRestore(DatabaseSettings database, PostgresTools postgres)
{
    /// <summary>Null when restored, else why not.</summary>
    public async Task<string?> RestoreAsync(string archivePath, bool force, CancellationToken cancellationToken)
    {
        using var zip = ZipFile.OpenRead(archivePath);
        var entryName = database.Provider == DatabaseProvider.Sqlite ? BackupArchive.SqliteEntry : BackupArchive.PostgresEntry;
        if (zip.GetEntry(entryName) is not { } entry)
        {
            return $"The backup holds no {database.Provider} database ({entryName}); restore it into a site on the engine it came from.";
        }
        if (!force && await HasTablesAsync(cancellationToken).ConfigureAwait(false))
        {
            return "The database already has tables. Restoring would replace them: stop the site and run the restore again with --force.";
        }

        var staging = Directory.CreateTempSubdirectory("childsafety-restore-");
        try
        {
            var databaseFile = Path.Combine(staging.FullName, "database");
            entry.ExtractToFile(databaseFile);
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                ReplaceSqlite(databaseFile);
            }
            else
            {
                List<string> arguments = ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname", new NpgsqlConnectionStringBuilder(database.ConnectionString).Database!];
                if (force)
                {
                    arguments.AddRange(["--clean", "--if-exists"]);
                }
                arguments.Add(databaseFile);
                await postgres.RunAsync("pg_restore", database.ConnectionString, arguments, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            staging.Delete(recursive: true);
        }
        ExtractFiles(zip);
        return null;
    }

    private void ReplaceSqlite(string restoredFile)
    {
        var target = SiteBackup.SqliteFile(database.ConnectionString);
        SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        foreach (var suffix in new[] { "-wal", "-shm", "" })
        {
            File.Delete(target + suffix);
        }
        File.Copy(restoredFile, target);
    }

    private void ExtractFiles(ZipArchive zip)
    {
        var root = Path.GetFullPath(database.DataPath) + Path.DirectorySeparatorChar;
        foreach (var file in zip.Entries.Where(e => e.FullName.StartsWith(BackupArchive.FilesFolder, StringComparison.Ordinal) && e.Name.Length > 0))
        {
            var target = Path.GetFullPath(Path.Combine(root, file.FullName[BackupArchive.FilesFolder.Length..]));
            // An archive is input like any other: no entry may write outside the data folder.
            if (!target.StartsWith(root, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"The backup entry {file.FullName} points outside the data folder.");
            }
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            file.ExtractToFile(target, overwrite: true);
        }
    }

    private async Task<bool> HasTablesAsync(CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            if (!File.Exists(SiteBackup.SqliteFile(database.ConnectionString)))
            {
                return false;
            }
            await using var sqlite = new SqliteConnection(database.ConnectionString);
            await sqlite.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var count = sqlite.CreateCommand();
            count.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) > 0;
        }
        await using var postgresConnection = new NpgsqlConnection(database.ConnectionString);
        await postgresConnection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tables = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')", postgresConnection);
        return (long)(await tables.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! > 0;
    }
}
