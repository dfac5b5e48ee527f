using ChildSafety.Core.Data;
using ChildSafety.Core.People;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Site.Hosting;

/// <summary>Whether the site has its administrator; once it has, it always will, so the answer is kept.</summary>
public sealed class SetupState
{
    private volatile bool _complete;

    public bool IsKnownComplete => _complete;

    public async Task<bool> IsCompleteAsync(CoreDbContext db, CancellationToken cancellationToken)
    {
        if (!_complete)
        {
            _complete = await db.UserRoles.AnyAsync(
                ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Administrator), cancellationToken);
        }
        return _complete;
    }
}
