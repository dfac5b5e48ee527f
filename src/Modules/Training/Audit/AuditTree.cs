using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;

namespace ChildSafety.Training.Audit;

/// <summary>
/// The active organizations of one subtree, loaded once per request; <see cref="Root"/> is the scope audited. A tree
/// made by <see cref="Only"/> holds some of them: the ones whose figures must be counted again.
/// </summary>
public sealed class AuditTree(AuditUnit root, IReadOnlyList<AuditUnit> units)
{
    private readonly List<int>? _only;

    private AuditTree(AuditUnit root, IReadOnlyList<AuditUnit> units, List<int> only)
        : this(root, units) => _only = only;

    public AuditUnit Root { get; } = root;

    public IReadOnlyList<AuditUnit> Units { get; } = units;

    public IEnumerable<AuditUnit> Schools => Units.Where(u => u.IsSchoolOrCentre);

    /// <summary>The rows of the comparison table: the root's children, or the school itself when the root is one.</summary>
    public IReadOnlyList<AuditUnit> Children
    {
        get
        {
            var children = Units.Where(u => u.ParentId == Root.Id).OrderBy(u => u.Kind).ThenBy(u => u.Name, StringComparer.CurrentCulture).ToList();
            return children.Count == 0 ? [Root] : children;
        }
    }

    public AuditUnit? Find(int id) => Units.FirstOrDefault(u => u.Id == id);

    /// <summary>The same root with only <paramref name="units"/> of it, for counting those alone.</summary>
    public AuditTree Only(IReadOnlyList<AuditUnit> units) => new(Root, units, [.. units.Select(u => u.Id)]);

    /// <summary>The organizations of this tree as a query: the subtree by its path, or the chosen ones by id.</summary>
    public IQueryable<Organization> OrganizationsIn(IQueryable<Organization> organizations)
    {
        if (_only is { } ids)
        {
            return organizations.Where(o => ids.Contains(o.Id));
        }
        var path = Root.Path;
        return organizations.Where(o => o.Path.StartsWith(path));
    }

    /// <summary>The people of this tree's organizations, whether active or not.</summary>
    public IQueryable<Person> PeopleIn(IQueryable<Person> people)
    {
        if (_only is { } ids)
        {
            return people.Where(p => ids.Contains(p.OrganizationId));
        }
        var path = Root.Path;
        return people.Where(p => p.Organization!.Path.StartsWith(path));
    }
}
