namespace ChildSafety.Core.Data;

/// <summary>One module's schema, brought up to date at start-up before the site answers requests.</summary>
public interface IDatabaseMigration
{
    Task MigrateAsync(CancellationToken cancellationToken);
}
