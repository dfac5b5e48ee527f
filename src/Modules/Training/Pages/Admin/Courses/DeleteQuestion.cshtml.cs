using ChildSafety.Core.Organizations;
using ChildSafety.Training.Courses;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Admin.Courses;

/// <summary>Removing a question from a draft, behind a confirmation.</summary>
public sealed class DeleteQuestionModel(CallerScopeAccessor scopes, CourseCatalog catalog, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int QuestionId { get; set; }

    public Question? Question { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        var version = caller is null ? null : await catalog.FindVersionAsync(caller, Id, cancellationToken);
        Question = version is { IsPublished: false } ? version.Questions.FirstOrDefault(q => q.Id == QuestionId) : null;
        return Question is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        var outcome = await catalog.DeleteQuestionAsync(caller, Id, QuestionId, cancellationToken);
        if (!outcome.Succeeded)
        {
            return NotFound();
        }
        TempData["Status"] = text["Đã xoá câu hỏi."].Value;
        return RedirectToPage("Edit", new { Id });
    }
}
