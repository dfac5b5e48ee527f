using System.Security.Claims;

namespace ChildSafety.Core.People;

/// <summary>What the sign-in cookie says about its person.</summary>
public static class PersonClaims
{
    /// <summary>The signed-in person's id, or null for anyone else.</summary>
    public static Guid? IdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
