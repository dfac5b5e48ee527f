using ChildSafety.Content.Items;
using ChildSafety.Core.Figures;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChildSafety.Content.Schools;

/// <summary>
/// What <see cref="SchoolPublicity"/> reads: an organization's own items and its reporting channels alter its
/// figure. A version is never written without its item (publishing adds one and changes the item), so the item's
/// change covers it.
/// </summary>
public sealed class PublicityFigureInputs : IFigureInputs
{
    public IEnumerable<FigureScope> Affected(EntityEntry entry) => entry.Entity switch
    {
        ContentItem => Both(entry, nameof(ContentItem.OwnerOrganizationId)),
        ReportingChannels => Both(entry, nameof(ReportingChannels.OrganizationId)),
        _ => [],
    };

    private static IEnumerable<FigureScope> Both(EntityEntry entry, string property)
    {
        var organization = entry.Property(property);
        return [FigureScope.Organization((int)organization.OriginalValue!), FigureScope.Organization((int)organization.CurrentValue!)];
    }
}
