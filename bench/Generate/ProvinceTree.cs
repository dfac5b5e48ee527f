using ChildSafety.Core.Organizations;

namespace ChildSafety.Bench.Generate;

/// <summary>The generated organizations: the province office, its districts, and every school and centre.</summary>
public sealed record ProvinceTree(Organization Province, string Domain, IReadOnlyList<Organization> Districts, IReadOnlyList<Organization> Schools)
{
    public IEnumerable<Organization> All => [Province, .. Districts, .. Schools];
}
