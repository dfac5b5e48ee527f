using System.IO.Compression;
using ChildSafety.Core.Data;
using Microsoft.Data.Sqlite;

namespace ChildSafety.Site.Backup;

/// <summary>Writes a <see cref="BackupArchive"/> while the site keeps running.</summary>
internal sealed class SiteBackup(DatabaseSettings database, PostgresTools postgres)
{
    public async Task WriteAsync(string archivePath, CancellationToken cancellationToken)
    {
        var staging = Directory.CreateTempSubdirectory("childsafety-backup-");
        try
        {
            string databaseFile;
            string entry;
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                databaseFile = Path.Combine(staging.FullName, "site.db");
                CopySqlite(database.ConnectionString, databaseFile);
                entry = BackupArchive.SqliteEntry;
            }
            else
            {
                databaseFile = Path.Combine(staging.FullName, "postgres.dump");
                await postgres.RunAsync("pg_dump", database.ConnectionString, ["--format=custom", "--no-owner", "--no-privileges", "--file", databaseFile], cancellationToken).ConfigureAwait(false);
                entry = BackupArchive.PostgresEntry;
            }

            var partial = archivePath + ".partial";
            using (var zip = ZipFile.Open(partial, ZipArchiveMode.Create))
            {
                zip.CreateEntryFromFile(databaseFile, entry, CompressionLevel.Optimal);
                foreach (var file in DataFiles(Path.GetFullPath(archivePath), Path.GetFullPath(partial)))
                {
                    var relative = Path.GetRelativePath(database.DataPath, file).Replace(Path.DirectorySeparatorChar, '/');
                    zip.CreateEntryFromFile(file, BackupArchive.FilesFolder + relative, CompressionLevel.Optimal);
                }
            }
            // A half-written archive never takes the name of a good one.
            File.Move(partial, archivePath, overwrite: true);
        }
        finally
        {
            staging.Delete(recursive: true);
        }
    }

    /// <summary>SQLite's online backup: a consistent copy even while the site writes.</summary>
    internal static void CopySqlite(string connectionString, string destinationFile)
    {
        using var source = new SqliteConnection(connectionString);
        using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destinationFile, Pooling = false }.ToString());
        source.Open();
        destination.Open();
        source.BackupDatabase(destination);
    }

    /// <summary>Every file of the data folder except the live SQLite database, which the backup API copied.</summary>
    private IEnumerable<string> DataFiles(params string[] excluded)
    {
        var sqlite = database.Provider == DatabaseProvider.Sqlite ? SqliteFile(database.ConnectionString) : null;
        return Directory.EnumerateFiles(database.DataPath, "*", SearchOption.AllDirectories)
            .Where(file => !excluded.Contains(Path.GetFullPath(file), StringComparer.Ordinal))
            .Where(file => sqlite is null || !Path.GetFullPath(file).StartsWith(sqlite, StringComparison.Ordinal));
    }

    internal static string SqliteFile(string connectionString) =>
        Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
}
