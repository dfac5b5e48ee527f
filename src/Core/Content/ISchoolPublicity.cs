namespace ChildSafety.Core.Content;

/// <summary>
/// Whether schools publicise how to report abuse, for the audit: a school's public page always shows hotline 111,
/// so what varies is whether it also shows at least one of the school's own reporting channels.
/// </summary>
public interface ISchoolPublicity
{
    /// <summary>The ids among <paramref name="organizationIds"/> whose public page shows at least one reporting channel.</summary>
    Task<IReadOnlySet<int>> WhichPublishAsync(IReadOnlyCollection<int> organizationIds, CancellationToken cancellationToken);
}
