using ChildSafety.Content.Data;
using ChildSafety.Content.Schools;
using ChildSafety.Core.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Content.Pages.Admin.Channels;

/// <summary>The schools whose reporting channels the caller may edit, and whether each has published any.</summary>
public sealed class IndexModel(SchoolDirectory schools, ContentDbContext db, CallerScopeAccessor callers) : PageModel
{
    public IReadOnlyList<SchoolSummary> Schools { get; private set; } = [];

    public IReadOnlySet<int> WithChannels { get; private set; } = new HashSet<int>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await callers.GetAsync(User, cancellationToken) is not { } caller)
        {
            return Forbid();
        }
        Schools = await schools.InScopeAsync(caller, cancellationToken);
        if (Schools.Count == 1)
        {
            return Redirect($"/admin/channels/{Schools[0].Id}");
        }
        var ids = Schools.Select(s => s.Id).ToList();
        WithChannels = (await db.ReportingChannels.AsNoTracking().Where(c => ids.Contains(c.OrganizationId)).ToListAsync(cancellationToken))
            .Where(c => c.HasAnyChannel).Select(c => c.OrganizationId).ToHashSet();
        return Page();
    }
}
