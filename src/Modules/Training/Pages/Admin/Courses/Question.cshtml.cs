using ChildSafety.Core.Organizations;
using ChildSafety.Training.Courses;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Admin.Courses;

/// <summary>Adding or changing one question of a draft: its kind, text, options, the correct ones and the explanation.</summary>
public sealed class QuestionModel(CallerScopeAccessor scopes, CourseCatalog catalog, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? QuestionId { get; set; }

    [BindProperty]
    public QuestionKind Kind { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Explanation { get; set; }

    [BindProperty]
    public List<string?> Options { get; set; } = [];

    [BindProperty]
    public List<int> Correct { get; set; } = [];

    public CourseVersion? Version { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        Version = caller is null ? null : await catalog.FindVersionAsync(caller, Id, cancellationToken);
        if (Version is null || Version.IsPublished)
        {
            return NotFound();
        }
        if (QuestionId is { } questionId)
        {
            var question = Version.Questions.FirstOrDefault(q => q.Id == questionId);
            if (question is null)
            {
                return NotFound();
            }
            Kind = question.Kind;
            Text = question.Text;
            Explanation = question.Explanation;
            Options = [.. question.Options.Select(o => (string?)o.Text)];
            Correct = [.. question.Options.Select((o, i) => (o, i)).Where(x => x.o.IsCorrect).Select(x => x.i)];
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        var outcome = ModelState.IsValid
            ? await catalog.SaveQuestionAsync(caller, Id, QuestionId, new QuestionForm(Kind, Text, Explanation, Options, Correct), cancellationToken)
            : null;
        if (outcome is { Succeeded: true })
        {
            TempData["Status"] = text["Đã lưu câu hỏi."].Value;
            return RedirectToPage("Edit", new { Id });
        }
        Version = await catalog.FindVersionAsync(caller, Id, cancellationToken);
        if (Version is null || Version.IsPublished)
        {
            return NotFound();
        }
        if (outcome is not null)
        {
            ModelState.AddOutcome(outcome);
        }
        return Page();
    }
}
