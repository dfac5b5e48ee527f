namespace ChildSafety.TestSupport;

/// <summary>The database engines the site runs on; the same specifications run on each.</summary>
public enum DatabaseEngine
{
    Sqlite,
    Postgres,
}
