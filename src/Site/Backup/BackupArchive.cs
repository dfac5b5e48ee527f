namespace ChildSafety.Site.Backup;

/// <summary>
/// The layout of a backup: one zip file holding the database (an SQLite copy made with SQLite's online backup API,
/// or a pg_dump archive in custom format, which include the data-protection keys) and every other file of the data
/// folder — evidence scans, roster uploads.
/// </summary>
internal static class BackupArchive
{
    public const string SqliteEntry = "database/site.db";
    public const string PostgresEntry = "database/postgres.dump";
    public const string FilesFolder = "files/";
}
