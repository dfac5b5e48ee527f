using System.Collections.Frozen;

namespace ChildSafety.Core.Security;

/// <summary>Every permission of every module and the roles that hold it, collected once at start-up.</summary>
public sealed class PermissionGrants
{
    private readonly FrozenDictionary<string, FrozenSet<string>> _rolesByPermission;

    public PermissionGrants(IEnumerable<IPermissionProvider> providers)
    {
        var providerList = providers.ToList();
        All = providerList.SelectMany(p => p.Permissions).ToList();
        _rolesByPermission = providerList
            .SelectMany(p => p.DefaultGrants)
            .SelectMany(g => g.Permissions.Select(permission => (permission.Name, g.Role)))
            .GroupBy(x => x.Name)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Role).ToFrozenSet());
    }

    public IReadOnlyList<Permission> All { get; }

    public bool IsGranted(Permission permission, IEnumerable<string> roles) =>
        _rolesByPermission.TryGetValue(permission.Name, out var granted) && roles.Any(granted.Contains);
}
