using AssignmentBook = ChildSafety.Training.Assignments.Assignments;
using System.Globalization;
using ChildSafety.Core;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.Spreadsheets;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Audit;
using ChildSafety.Training.Learning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Admin.Assignments;

/// <summary>One assignment: whom it covers today and where each stands, exportable; its due date extended here.</summary>
public sealed class AssignmentModel(
    CallerScopeAccessor scopes,
    AssignmentBook assignments,
    MemberDirectory directory,
    IStringLocalizer<TrainingText> text) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public TrainingStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    [BindProperty]
    public string Due { get; set; } = "fixed";

    [BindProperty]
    public DateOnly? DueOn { get; set; }

    [BindProperty]
    public int? DueDays { get; set; }

    public Assignment? Assignment { get; private set; }

    public string CourseTitle { get; private set; } = "";

    public string OrganizationName { get; private set; } = "";

    public Paged<AssignedPerson> People { get; private set; } = new([], Paging.Of(1, PageSize, 0));

    public IReadOnlyDictionary<TrainingStatus, int> Counts { get; private set; } = new Dictionary<TrainingStatus, int>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null || !await LoadAsync(caller, cancellationToken))
        {
            return NotFound();
        }
        Due = Assignment!.DueOn is null ? "relative" : "fixed";
        DueOn = Assignment.DueOn;
        DueDays = Assignment.DueDaysAfterStart;
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string format, CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        var assignment = caller is null ? null : await assignments.FindAsync(caller, Id, cancellationToken);
        if (assignment is null || format is not ("csv" or "xlsx"))
        {
            return NotFound();
        }
        string[] headings = [text["Họ và tên"], "E-mail", text["Đơn vị"], text["Chức vụ"], text["Hạn hoàn thành"], text["Tình trạng"]];
        var rows = (await assignments.PeopleAsync(assignment, cancellationToken))
            .Where(p => Status is null || p.Status == Status)
            .Select(p => (IReadOnlyList<string>)[p.Member.FullName, p.Member.Email, p.Member.OrganizationName, text[PositionNames.Of(p.Member.Position)],
                p.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), text[AssignmentLabels.Status(p.Status)]])
            .ToList();
        var name = $"giao-khoa-hoc-{assignment.Id}";
        return format == "csv"
            ? File(SheetTemplate.Csv(headings, rows), "text/csv; charset=utf-8", $"{name}.csv")
            : File(SheetTemplate.Xlsx(headings, rows, text["Người được giao"]), SheetTemplate.XlsxContentType, $"{name}.xlsx");
    }

    public async Task<IActionResult> OnPostExtendAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null || await assignments.FindAsync(caller, Id, cancellationToken) is null)
        {
            return NotFound();
        }
        var relative = Due == "relative";
        var outcome = DueIsValid
            ? await assignments.ExtendAsync(caller, Id, relative ? null : DueOn, relative ? DueDays : null, cancellationToken)
            : Outcome.Fail("", text["Hãy kiểm tra lại các ô đã nhập."]);
        if (outcome.Succeeded)
        {
            TempData["Status"] = text["Đã gia hạn."].Value;
            return RedirectToPage("Assignment", new { Id });
        }
        ModelState.AddOutcome(outcome);
        await LoadAsync(caller, cancellationToken);
        return Page();
    }

    /// <summary>Only the due fields: on a post, "page" is also the route value naming this page, which the pager's number cannot bind.</summary>
    private bool DueIsValid =>
        new[] { nameof(Due), nameof(DueOn), nameof(DueDays) }.All(name => ModelState.GetFieldValidationState(name) != ModelValidationState.Invalid);

    private async Task<bool> LoadAsync(CallerScope caller, CancellationToken cancellationToken)
    {
        Assignment = await assignments.FindAsync(caller, Id, cancellationToken);
        if (Assignment is null)
        {
            return false;
        }
        CourseTitle = await assignments.CourseTitleAsync(Assignment.CourseId, cancellationToken);
        OrganizationName = (await directory.OrganizationNamesAsync([Assignment.OrganizationId], cancellationToken)).GetValueOrDefault(Assignment.OrganizationId, "");
        var everyone = await assignments.PeopleAsync(Assignment, cancellationToken);
        Counts = everyone.GroupBy(p => p.Status).ToDictionary(g => g.Key, g => g.Count());
        var shown = everyone.Where(p => Status is null || p.Status == Status).ToList();
        var paging = Paging.Of(PageNumber, PageSize, shown.Count);
        People = new Paged<AssignedPerson>(shown.Skip(paging.Skip).Take(PageSize).ToList(), paging);
        return true;
    }
}
