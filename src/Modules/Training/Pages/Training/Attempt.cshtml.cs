using ChildSafety.Core.People;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Quizzes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChildSafety.Training.Pages.Training;

/// <summary>
/// Each answer is saved on the server as it is given, so that a closed tab or a lost connection costs nothing; after
/// the last question, a review of all answers and the submit button. The page carries every question and shows one:
/// without JavaScript each save is a form post that leads to the next question's page; with it the script
/// (quiz-attempt.js) saves in the background (<see cref="AnswerSaveEndpoint"/>) and shows the next question itself,
/// one request per answer. Showing the page and saving an answer need only the person's id from the sign-in cookie,
/// not a directory lookup on every request: the attempt is read by that id, and a deactivated person's cookie stops
/// at its next security-stamp check (every minute). Submitting, which issues the certificate, reads the person's current record.
/// </summary>
public sealed class AttemptModel(MemberDirectory directory, QuizAttempts attempts, QuizAnswers answers) : PageModel
{
    public AttemptSheet Sheet { get; private set; } = null!;

    /// <summary>The question shown, or null for the review before submitting.</summary>
    public SheetQuestion? Current { get; private set; }

    [BindProperty(SupportsGet = true)]
    public int? Q { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (PersonClaims.IdOf(User) is not { } personId || await attempts.SheetAsync(personId, id, cancellationToken) is not { } sheet)
        {
            return NotFound();
        }
        if (!sheet.Attempt.IsOpen)
        {
            return Redirect($"/training/attempts/{id}/result");
        }
        Show(sheet, Q ?? (sheet.Answered == sheet.Questions.Count ? 0 : sheet.ResumeAt));
        return Page();
    }

    public async Task<IActionResult> OnPostAnswerAsync(long id, int questionId, int[]? selected, string? go, CancellationToken cancellationToken)
    {
        if (PersonClaims.IdOf(User) is not { } personId)
        {
            return NotFound();
        }
        var (outcome, place) = await answers.SaveAsync(personId, id, questionId, selected ?? [], cancellationToken);
        if (place is not null)
        {
            var next = go == "back" ? Math.Max(1, place.Order - 1) : place.Order + 1;
            return Redirect(next > place.Count ? $"/training/attempts/{id}?q=0" : $"/training/attempts/{id}?q={next}");
        }
        if (await attempts.SheetAsync(personId, id, cancellationToken) is not { } sheet)
        {
            ModelState.AddOutcome(outcome);
            return NotFound();
        }
        var order = sheet.Questions.FirstOrDefault(q => q.Question.Id == questionId)?.Row.Order ?? sheet.ResumeAt;
        ModelState.AddOutcome(outcome);
        Show(sheet, sheet.Attempt.IsOpen ? order : 0);
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(long id, CancellationToken cancellationToken)
    {
        if (await directory.OfAsync(User, cancellationToken) is not { } member)
        {
            return NotFound();
        }
        var outcome = await attempts.SubmitAsync(member, id, cancellationToken);
        if (outcome.Succeeded)
        {
            return Redirect($"/training/attempts/{id}/result");
        }
        if (await attempts.SheetAsync(member.PersonId, id, cancellationToken) is not { } sheet)
        {
            return NotFound();
        }
        ModelState.AddOutcome(outcome);
        Show(sheet, 0);
        return Page();
    }

    private void Show(AttemptSheet sheet, int order)
    {
        Sheet = sheet;
        Current = sheet.Questions.FirstOrDefault(q => q.Row.Order == order);
    }
}
