using ChildSafety.Core.People;

namespace ChildSafety.Core.Organizations;

/// <summary>
/// The organizations a signed-in person acts for: their own organization's subtree, or everything for an
/// administrator. Every query an officer makes is filtered through <see cref="Contains(string)"/>.
/// </summary>
public sealed record CallerScope(Guid PersonId, int OrganizationId, string OrganizationPath, IReadOnlyList<string> Roles, Position Position = Position.Staff)
{
    public bool IsAdministrator => Roles.Contains(People.Roles.Administrator);

    /// <summary>The path prefix every organization in scope starts with.</summary>
    public string RootPath => IsAdministrator ? "/" : OrganizationPath;

    public bool Contains(string organizationPath) =>
        IsAdministrator || OrganizationPath.Length > 0 && organizationPath.StartsWith(OrganizationPath, StringComparison.Ordinal);

    public bool Contains(Organization organization) => Contains(organization.Path);

    public IReadOnlyList<string> AssignableRoles => People.Roles.AssignableBy(Roles);
}
