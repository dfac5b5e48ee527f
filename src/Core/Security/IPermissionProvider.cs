namespace ChildSafety.Core.Security;

/// <summary>A module's permissions and the role stereotypes they are granted to on a fresh site.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> Permissions { get; }

    IEnumerable<RoleGrant> DefaultGrants { get; }
}

public sealed record RoleGrant(string Role, IReadOnlyList<Permission> Permissions);
