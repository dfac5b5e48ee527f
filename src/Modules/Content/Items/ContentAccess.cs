using ChildSafety.Core.Organizations;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Content.Items;

/// <summary>
/// Who may see and change an item in the administration area: people edit the items of their own organization's
/// subtree; items owned by a province office (a root of the tree) are visible to every editor as models to follow.
/// </summary>
public static class ContentAccess
{
    public static bool CanEdit(CallerScope scope, ContentItem item) => scope.Contains(item.OwnerPath);

    public static bool CanView(CallerScope scope, ContentItem item) => CanEdit(scope, item) || IsRootPath(item.OwnerPath);

    /// <summary><see cref="CanView"/> as a query: the caller's subtree, plus what roots of the tree own.</summary>
    public static IQueryable<ContentItem> VisibleTo(this IQueryable<ContentItem> items, CallerScope scope)
    {
        var root = scope.RootPath;
        return items.Where(i => i.OwnerPath.StartsWith(root) || EF.Functions.Like(i.OwnerPath, "/%/") && !EF.Functions.Like(i.OwnerPath, "/%/%/"));
    }

    /// <summary>"/1/" is a root; "/1/4/" is not.</summary>
    public static bool IsRootPath(string path) => path.Length > 2 && path.IndexOf('/', 1) == path.Length - 1;
}
