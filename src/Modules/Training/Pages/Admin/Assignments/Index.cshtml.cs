using AssignmentBook = ChildSafety.Training.Assignments.Assignments;
using ChildSafety.Core;
using ChildSafety.Core.Organizations;
using ChildSafety.Training.Assignments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChildSafety.Training.Pages.Admin.Assignments;

/// <summary>The assignments made in the caller's subtree, newest first, by course, active or withdrawn.</summary>
public sealed class IndexModel(CallerScopeAccessor scopes, AssignmentBook assignments) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Course { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Withdrawn { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<AssignmentRow> Rows { get; private set; } = new([], Paging.Of(1, AssignmentBook.PageSize, 0));

    public IReadOnlyList<(int Id, string Title)> Courses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        Courses = await assignments.AssignableCoursesAsync(cancellationToken);
        Rows = await assignments.ListAsync(caller, Course, Withdrawn, PageNumber, cancellationToken);
        return Page();
    }
}
