namespace ChildSafety.Core.Content;

/// <summary>
/// Which organizations publicise the child-protection hotline 111 and their own reporting channels: the Content module
/// answers from its published items and the schools' public pages, so that audit reports never read Content's tables.
/// </summary>
public interface ISchoolPublicity
{
    /// <summary>
    /// For each organization in the subtree at <paramref name="organizationPath"/> that publicised them before
    /// <paramref name="before"/>, one piece of evidence: its latest such item, or else its public page.
    /// </summary>
    Task<IReadOnlyList<PublicityEvidence>> PublicisingAsync(string organizationPath, DateTimeOffset before, CancellationToken cancellationToken);
}
