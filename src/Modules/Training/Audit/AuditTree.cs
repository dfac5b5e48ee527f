namespace ChildSafety.Training.Audit;

/// <summary>The active organizations of one subtree, loaded once per request; <see cref="Root"/> is the scope audited.</summary>
public sealed class AuditTree(AuditUnit root, IReadOnlyList<AuditUnit> units)
{
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
}
