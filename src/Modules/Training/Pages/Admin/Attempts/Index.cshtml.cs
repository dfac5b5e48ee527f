using ChildSafety.Core;
using ChildSafety.Core.Organizations;
using ChildSafety.Training.Quizzes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Admin.Attempts;

/// <summary>People of the caller's subtree who used up their attempts on a course, and giving them more.</summary>
public sealed class IndexModel(CallerScopeAccessor scopes, AttemptGrants grants, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<OutOfAttempts> People { get; private set; } = new([], Paging.Of(1, AttemptGrants.PageSize, 0));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        People = await grants.InScopeAsync(caller, PageNumber, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostGrantAsync(Guid personId, int courseId, int extra, CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        var outcome = await grants.GrantAsync(caller, personId, courseId, extra, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Status"] = text["Đã cấp thêm {0} lượt làm bài.", extra].Value;
            return RedirectToPage("Index");
        }
        ModelState.AddOutcome(outcome);
        People = await grants.InScopeAsync(caller, PageNumber, cancellationToken);
        return Page();
    }
}
