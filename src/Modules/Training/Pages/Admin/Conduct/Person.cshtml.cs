using ChildSafety.Core.Organizations;
using ChildSafety.Training.Conduct;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChildSafety.Training.Pages.Admin.Conduct;

/// <summary>A person's full history of answers to every code of conduct, for officers whose scope covers them.</summary>
public sealed class PersonModel(CallerScopeAccessor scopes, ConductHistory history) : PageModel
{
    public string FullName { get; private set; } = "";

    public string Email { get; private set; } = "";

    public string Organization { get; private set; } = "";

    public IReadOnlyList<ConductHistoryEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid personId, CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        var person = caller is null ? null : await history.PersonInScopeAsync(caller, personId, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }
        (FullName, Email, Organization) = person.Value;
        Entries = await history.OfAsync(personId, cancellationToken);
        return Page();
    }
}
