using ChildSafety.Core.Notices;
using ChildSafety.Core.Organizations;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChildSafety.Site.Pages;

/// <summary>The home page; for a signed-in person, also what the modules say needs their attention.</summary>
public sealed class IndexModel(IEnumerable<IHomeNotice> sources, CallerScopeAccessor scopes) : PageModel
{
    public IReadOnlyList<HomeNotice> Notices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await scopes.GetAsync(User, cancellationToken) is not { } caller)
        {
            return;
        }
        var notices = new List<HomeNotice>();
        foreach (var source in sources)
        {
            notices.AddRange(await source.ForAsync(caller, cancellationToken));
        }
        Notices = notices;
    }
}
