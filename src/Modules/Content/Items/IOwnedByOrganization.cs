namespace ChildSafety.Content.Items;

/// <summary>A record of the CMS that belongs to one organization: content items and media files.</summary>
public interface IOwnedByOrganization
{
    int OwnerOrganizationId { get; }

    /// <summary>The owner's materialized path; an editor's scope is a prefix of it.</summary>
    string OwnerPath { get; }
}
