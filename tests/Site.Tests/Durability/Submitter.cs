namespace ChildSafety.Site.Tests.Durability;

/// <summary>
/// One person's write in the burst. <see cref="ReadyAsync"/> runs before the burst (sign in, open the form) and
/// returns the write itself, which answers whether the site reported success; <see cref="IsStoredAsync"/> looks for
/// the write in the database after the restart.
/// </summary>
public sealed record Submitter(
    string Description,
    Func<SiteClient, Task<Func<Task<bool>>>> ReadyAsync,
    Func<IServiceProvider, Task<bool>> IsStoredAsync);
