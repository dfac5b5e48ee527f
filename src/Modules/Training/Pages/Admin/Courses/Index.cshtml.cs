using ChildSafety.Core;
using ChildSafety.Core.Organizations;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Admin.Courses;

/// <summary>The courses of the caller's subtree, filtered by whether they have a draft or a published version.</summary>
public sealed class IndexModel(CallerScopeAccessor scopes, TrainingDbContext db, CourseCatalog catalog, IStringLocalizer<TrainingText> text) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public CourseVersionState? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    public Paged<CourseRow> Courses { get; private set; } = new([], Paging.Of(1, PageSize, 0));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        await LoadAsync(caller, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        var (outcome, draft) = await catalog.CreateAsync(caller, Title, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Status"] = text["Đã tạo khoá học; hãy chọn bài học, soạn câu hỏi rồi ban hành."].Value;
            return RedirectToPage("Edit", new { id = draft!.Id });
        }
        ModelState.AddOutcome(outcome);
        await LoadAsync(caller, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostNewVersionAsync(int courseId, CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        var (outcome, draftId) = await catalog.NewVersionAsync(caller, courseId, cancellationToken);
        if (outcome.Succeeded)
        {
            return RedirectToPage("Edit", new { id = draftId });
        }
        ModelState.AddOutcome(outcome);
        await LoadAsync(caller, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CallerScope caller, CancellationToken cancellationToken)
    {
        var query = db.Courses.AsNoTracking().Where(c => c.OwnerPath.StartsWith(caller.RootPath));
        if (State is { } state)
        {
            query = query.Where(c => c.Versions.Any(v => v.State == state));
        }
        Courses = await query.OrderBy(c => c.Slug)
            .Select(c => new CourseRow(
                c.Id,
                c.Slug,
                c.Versions.OrderByDescending(v => v.Number).Select(v => v.Title).First(),
                c.Versions.Where(v => v.State == CourseVersionState.Published).Max(v => (int?)v.Number),
                c.Versions.Where(v => v.State == CourseVersionState.Draft).Select(v => (int?)v.Id).FirstOrDefault()))
            .ToPagedAsync(PageNumber, PageSize, cancellationToken);
    }
}
