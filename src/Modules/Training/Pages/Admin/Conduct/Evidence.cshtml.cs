using ChildSafety.Core.Organizations;
using ChildSafety.Training.Conduct;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChildSafety.Training.Pages.Admin.Conduct;

/// <summary>The scan behind a paper acknowledgment, for those whose scope covers the person.</summary>
public sealed class EvidenceModel(CallerScopeAccessor scopes, PaperAcknowledgments paper) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        var file = caller is null ? null : await paper.EvidenceAsync(caller, id, cancellationToken);
        return file is { } found ? PhysicalFile(found.Path, found.ContentType, Path.GetFileName(found.Path)) : NotFound();
    }
}
