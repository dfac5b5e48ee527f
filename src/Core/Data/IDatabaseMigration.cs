namespace ChildSafety.Core.Data;

/// <summary>One module's schema, brought up to date at start-up before the site answers requests.</summary>
public interface IDatabaseMigration
{
    /// <summary>
    /// Whether a migration of the module is waiting. Answering builds the module's model, a good part of a cold start,
    /// so the site asks every module at once, each on a core of its own, and migrates in order only where needed.
    /// </summary>
    Task<bool> IsPendingAsync(CancellationToken cancellationToken);

    /// <summary>Applies the module's waiting migrations, if any.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);
}
