using ChildSafety.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Content.Items;

/// <summary>
/// Who may see and change an item or a media file in the administration area: people edit the items of their own organization's
/// subtree; items owned by a province office (a root of the tree) are visible to every editor as models to follow.
/// </summary>
public static class ContentAccess
{
    public static bool CanEdit(CallerScope scope, IOwnedByOrganization item) => scope.Contains(item.OwnerPath);

    public static bool CanView(CallerScope scope, IOwnedByOrganization item) => CanEdit(scope, item) || IsRootPath(item.OwnerPath);

    /// <summary><see cref="CanView"/> as a query: the caller's subtree, plus what roots of the tree own.</summary>
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> items, CallerScope scope) where T : class, IOwnedByOrganization
    {
        var root = scope.RootPath;
        return items.Where(i => i.OwnerPath.StartsWith(root) || EF.Functions.Like(i.OwnerPath, "/%/") && !EF.Functions.Like(i.OwnerPath, "/%/%/"));
    }

    /// <summary>"/1/" is a root; "/1/4/" is not.</summary>
    public static bool IsRootPath(string path) => path.Length > 2 && path.IndexOf('/', 1) == path.Length - 1;
}
