using ChildSafety.Content.Search;
using ChildSafety.Core;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChildSafety.Content.Pages.Search;

/// <summary>Search across everything published, with or without accents, best matches first.</summary>
public sealed class IndexModel(SiteSearch search) : PageModel
{
    private const int PageSize = 10;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public SearchTerms Terms { get; private set; } = SearchTerms.Parse(null);

    public Paged<SearchResult> Results { get; private set; } = new([], Paging.Of(1, PageSize, 0));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Terms = SearchTerms.Parse(Q);
        Results = await search.FindAsync(Terms, PageNumber, PageSize, cancellationToken);
    }
}
