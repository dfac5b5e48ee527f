namespace ChildSafety.TestSupport;

/// <summary>The site on its own database of the throwaway PostgreSQL server, as a class fixture.</summary>
public sealed class PostgresSite() : SiteServer(DatabaseEngine.Postgres), INeedsPostgres;
