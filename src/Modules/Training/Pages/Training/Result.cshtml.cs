using ChildSafety.Core.Data;
using ChildSafety.Core.People;
using ChildSafety.Training.Data;
using ChildSafety.Training.Quizzes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Pages.Training;

/// <summary>A submitted attempt: the score, each answer against the right one, and the explanations.</summary>
public sealed class ResultModel(TrainingDbContext db, QuizAttempts attempts, SubmittedAttempts submitted) : PageModel
{
    public AttemptSheet Sheet { get; private set; } = null!;

    public string? Serial { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (PersonClaims.IdOf(User) is not { } personId)
        {
            return NotFound();
        }
        if (submitted.Of(personId, id) is { } kept)
        {
            (Sheet, Serial) = kept;
            return Page();
        }
        await using var open = await OpenConnection.OfAsync(db, cancellationToken);
        if (await attempts.SheetAsync(personId, id, cancellationToken) is not { } sheet)
        {
            return NotFound();
        }
        if (sheet.Attempt.IsOpen)
        {
            return Redirect($"/training/attempts/{id}");
        }
        Sheet = sheet;
        Serial = await db.Certificates.Where(c => c.AttemptId == id).Select(c => c.Serial).FirstOrDefaultAsync(cancellationToken);
        return Page();
    }
}
