using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ChildSafety.Core.Figures;

/// <summary>
/// Core's records the audit counts: a person added, removed, moved, deactivated or given another position changes
/// the figures of the organizations they leave and join; any change to an organization (its level, its place in
/// the tree, whether it is active) can change which rules and codes reach every organization, so it outdates all.
/// </summary>
public sealed class PeopleFigureInputs : IFigureInputs
{
    public IEnumerable<FigureScope> Affected(EntityEntry entry) => entry.Entity switch
    {
        Person person when entry.State is EntityState.Added or EntityState.Deleted => [FigureScope.Organization(person.OrganizationId)],
        Person when Counted(entry) => Places(entry),
        Organization when entry.State is EntityState.Modified or EntityState.Deleted => [FigureScope.Everything],
        _ => [],
    };

    private static bool Counted(EntityEntry entry) =>
        entry.State == EntityState.Modified
        && (entry.Property(nameof(Person.OrganizationId)).IsModified || entry.Property(nameof(Person.Position)).IsModified || entry.Property(nameof(Person.IsActive)).IsModified);

    private static IEnumerable<FigureScope> Places(EntityEntry entry)
    {
        var organization = entry.Property(nameof(Person.OrganizationId));
        return [FigureScope.Organization((int)organization.OriginalValue!), FigureScope.Organization((int)organization.CurrentValue!)];
    }
}
