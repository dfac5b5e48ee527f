using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace ChildSafety.Core.Security;

public sealed record PermissionRequirement(Permission Permission) : IAuthorizationRequirement;

public sealed class PermissionHandler(PermissionGrants grants) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var roles = context.User.FindAll(ClaimTypes.Role).Select(c => c.Value);
        if (grants.IsGranted(requirement.Permission, roles))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
