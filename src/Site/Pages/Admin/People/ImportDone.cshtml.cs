using ChildSafety.Core.Organizations;
using ChildSafety.Site.Roster;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChildSafety.Site.Pages.Admin.People;

/// <summary>How many people a confirmed roster added, and how they sign in for the first time.</summary>
public sealed class ImportDoneModel(RosterImportService roster, CallerScopeAccessor scopes) : PageModel
{
    public int Imported { get; private set; }

    public int Skipped { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        var upload = await roster.FindAsync(id, caller, cancellationToken);
        if (upload?.ImportedCount is not { } imported)
        {
            return RedirectToPage("Import");
        }
        Imported = imported;
        Skipped = upload.SkippedCount;
        return Page();
    }
}
