using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Content.Listing;

public static class Paging
{
    /// <summary>Counts, then reads one page; a page number past the end shows the last page.</summary>
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var current = Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var rows = await query.Skip((current - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new Paged<T>(rows, current, pageSize, total);
    }
}
