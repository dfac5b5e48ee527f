namespace ChildSafety.TestSupport;

/// <summary>The site on SQLite, as a class fixture.</summary>
public sealed class SqliteSite() : SiteServer(DatabaseEngine.Sqlite);
