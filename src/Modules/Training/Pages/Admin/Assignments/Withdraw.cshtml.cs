using AssignmentBook = ChildSafety.Training.Assignments.Assignments;
using ChildSafety.Core.Organizations;
using ChildSafety.Training.Assignments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Admin.Assignments;

/// <summary>Withdrawing an assignment, behind a confirmation: nobody is asked to take the course by it any more.</summary>
public sealed class WithdrawModel(CallerScopeAccessor scopes, AssignmentBook assignments, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public Assignment? Assignment { get; private set; }

    public string CourseTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        return caller is not null && await LoadAsync(caller, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null || !await LoadAsync(caller, cancellationToken))
        {
            return NotFound();
        }
        var outcome = await assignments.WithdrawAsync(caller, Id, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Status"] = text["Đã thu hồi giao khoá học."].Value;
            return RedirectToPage("Index");
        }
        ModelState.AddOutcome(outcome);
        return Page();
    }

    private async Task<bool> LoadAsync(CallerScope caller, CancellationToken cancellationToken)
    {
        Assignment = await assignments.FindAsync(caller, Id, cancellationToken);
        if (Assignment is not null)
        {
            CourseTitle = await assignments.CourseTitleAsync(Assignment.CourseId, cancellationToken);
        }
        return Assignment is not null;
    }
}
