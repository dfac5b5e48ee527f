using ChildSafety.Training.Assignments;
using ChildSafety.Training.Learning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChildSafety.Training.Pages.Training;

/// <summary>The signed-in person's assigned courses first, then the optional ones, with where they stand.</summary>
public sealed class IndexModel(SignedInLearner learner, Standings standings) : PageModel
{
    public IReadOnlyList<CourseStanding> Courses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await learner.OfAsync(User, cancellationToken) is not { } member)
        {
            return Forbid();
        }
        Courses = await standings.AllAsync(member, cancellationToken);
        return Page();
    }
}
