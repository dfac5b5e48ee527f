namespace ChildSafety.Core.Content;

/// <summary>
/// Which organizations publicise the child-protection hotline 111 and their reporting channels on their own pages:
/// the Content module answers from its published items, so that audit reports never read Content's tables.
/// </summary>
public interface ISchoolPublicity
{
    /// <summary>
    /// For each organization in the subtree at <paramref name="organizationPath"/> with such an item published before
    /// <paramref name="before"/>, one item that shows it.
    /// </summary>
    Task<IReadOnlyList<PublicityEvidence>> PublicisingAsync(string organizationPath, DateTimeOffset before, CancellationToken cancellationToken);
}
