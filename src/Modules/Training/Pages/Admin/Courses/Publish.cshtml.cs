using ChildSafety.Core.Organizations;
using ChildSafety.Training.Courses;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Admin.Courses;

/// <summary>Publishing a draft, behind a confirmation: afterwards it never changes and learners take it.</summary>
public sealed class PublishModel(CallerScopeAccessor scopes, CourseCatalog catalog, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public CourseVersion? Version { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        Version = caller is null ? null : await catalog.FindVersionAsync(caller, Id, cancellationToken);
        return Version is null ? NotFound() : Version.IsPublished ? RedirectToPage("Index") : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        var outcome = await catalog.PublishAsync(caller, Id, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Status"] = text["Đã ban hành khoá học. Chứng nhận đã cấp theo phiên bản trước vẫn giữ nguyên."].Value;
            return RedirectToPage("Index");
        }
        Version = await catalog.FindVersionAsync(caller, Id, cancellationToken);
        if (Version is null)
        {
            return NotFound();
        }
        ModelState.AddOutcome(outcome);
        return Page();
    }
}
