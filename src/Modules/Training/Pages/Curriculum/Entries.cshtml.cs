using ChildSafety.Core;
using ChildSafety.Training.Curriculum;
using Microsoft.AspNetCore.Mvc;

namespace ChildSafety.Training.Pages.Curriculum;

/// <summary>The entries of a school's plan, filtered by topic, grade, term and status — the drill-down of a matrix cell.</summary>
public sealed class EntriesModel(CurriculumPlaces places, CurriculumPlans plans, TimeProvider clock) : CurriculumPageModel(places, clock)
{
    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Grade { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Term { get; set; }

    [BindProperty(SupportsGet = true)]
    public EntryStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<IntegrationEntry> Entries { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> Teachers { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(cancellationToken) || !Place.IsSchool)
        {
            return NotFound();
        }
        Entries = await plans.ListAsync(Place.Organization.Id, SchoolYear, new EntryFilter(Topic, Grade, Term, Status), PageNumber, cancellationToken);
        Teachers = (await Places.StaffOfAsync(Place.Organization.Id, cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
        return Page();
    }
}
