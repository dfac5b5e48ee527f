using System.Security.Claims;
using ChildSafety.Core.Data;
using ChildSafety.Core.People;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Core.Organizations;

/// <summary>
/// Reads the caller's organization path from the database on each request rather than from a claim, so that a
/// move in the tree takes effect at once.
/// </summary>
public sealed class CallerScopeAccessor(CoreDbContext db)
{
    private CallerScope? _cached;

    public async Task<CallerScope?> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (_cached is not null)
        {
            return _cached;
        }
        if (PersonClaims.IdOf(user) is not { } personId)
        {
            return null;
        }
        var row = await db.Users
            .Where(p => p.Id == personId && p.IsActive)
            .Select(p => new { p.OrganizationId, p.Organization!.Path, p.Position })
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        return _cached = new CallerScope(personId, row.OrganizationId, row.Path, roles, row.Position);
    }
}
