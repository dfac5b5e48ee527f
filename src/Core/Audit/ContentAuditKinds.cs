namespace ChildSafety.Core.Audit;

/// <summary>
/// The publication events the content module appends. They live in Core rather than in the content module because
/// the trail that names them is Training's, and the two modules see each other only through Core.
/// </summary>
public static class ContentAuditKinds
{
    public const string Published = "content.published";
    public const string ScheduledPublished = "content.scheduled-published";
    public const string Unpublished = "content.unpublished";
    public const string Archived = "content.archived";
    public const string VersionRestored = "content.version-restored";
}
