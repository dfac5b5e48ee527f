using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Core;

public static class PagedQueries
{
    /// <summary>Counts, then reads one page; a page number past the end shows the last page.</summary>
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> query, int? page, int pageSize, CancellationToken cancellationToken)
    {
        var paging = Paging.Of(page, pageSize, await query.CountAsync(cancellationToken).ConfigureAwait(false));
        var rows = await query.Skip(paging.Skip).Take(pageSize).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new Paged<T>(rows, paging);
    }
}
