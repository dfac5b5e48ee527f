using AssignmentBook = ChildSafety.Training.Assignments.Assignments;
using ChildSafety.Core.Organizations;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Courses;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Admin.Assignments;

/// <summary>Assigning a published course to the caller's organization or one below it, with a fixed or a relative due date.</summary>
public sealed class NewModel(
    CallerScopeAccessor scopes,
    AssignmentBook assignments,
    MemberDirectory directory,
    IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty]
    public int CourseId { get; set; }

    [BindProperty]
    public int OrganizationId { get; set; }

    [BindProperty]
    public List<PositionSet> Positions { get; set; } = [.. AssignmentLabels.Positions];

    [BindProperty]
    public List<SchoolLevelSet> Levels { get; set; } = [];

    /// <summary>"fixed" for a date, "relative" for a number of days after starting.</summary>
    [BindProperty]
    public string Due { get; set; } = "fixed";

    [BindProperty]
    public DateOnly? DueOn { get; set; }

    [BindProperty]
    public int? DueDays { get; set; }

    public IReadOnlyList<(int Id, string Title)> Courses { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name, string Path)> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        OrganizationId = caller.OrganizationId;
        DueDays = 30;
        await LoadAsync(caller, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        var relative = Due == "relative";
        var draft = new AssignmentDraft(CourseId, OrganizationId,
            Positions.Aggregate(PositionSet.None, (set, p) => set | p),
            SchoolLevelSets.Combine(Levels),
            relative ? null : DueOn,
            relative ? DueDays : null);
        var outcome = ModelState.IsValid ? await assignments.CreateAsync(caller, draft, cancellationToken) : Core.Outcome.Fail("", text["Hãy kiểm tra lại các ô đã nhập."]);
        if (outcome.Succeeded)
        {
            TempData["Status"] = text["Đã giao khoá học."].Value;
            return RedirectToPage("Index");
        }
        ModelState.AddOutcome(outcome);
        await LoadAsync(caller, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CallerScope caller, CancellationToken cancellationToken)
    {
        Courses = await assignments.AssignableCoursesAsync(cancellationToken);
        Organizations = await directory.OrganizationsUnderAsync(caller.RootPath, cancellationToken);
    }
}
