namespace ChildSafety.Site.Roster;

/// <summary>
/// How much one upload may hold. A province's whole staff is well under the row cap; the size cap keeps a stray
/// video or database dump from being read into memory.
/// </summary>
public static class RosterLimits
{
    public const long MaxFileBytes = 25L * 1024 * 1024;

    public const int MaxRows = 200_000;

    /// <summary>Requests up to this size reach the page, so that a file over <see cref="MaxFileBytes"/> gets a message rather than a bare 413.</summary>
    public const long MaxRequestBytes = 64L * 1024 * 1024;

    /// <summary>From this many rows, an import hands its working memory back to the system when it ends.</summary>
    public const int LargeRoster = 10_000;

    /// <summary>How long an uploaded roster waits for confirmation before it is thrown away.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(4);
}
