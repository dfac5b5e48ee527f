using ChildSafety.Core;
using ChildSafety.Training.Curriculum;
using Microsoft.AspNetCore.Mvc;

namespace ChildSafety.Training.Pages.Curriculum.Activities;

/// <summary>A school's awareness activities of a school year, newest first, filtered by kind and topic.</summary>
public sealed class IndexModel(CurriculumPlaces places, AwarenessActivities activities, TimeProvider clock) : CurriculumPageModel(places, clock)
{
    [BindProperty(SupportsGet = true)]
    public ActivityKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public Paged<AwarenessActivity> Activities { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(cancellationToken) || !Place.IsSchool)
        {
            return NotFound();
        }
        Activities = await activities.ListAsync(Place.Organization.Id, SchoolYear, Kind, Topic, PageNumber, cancellationToken);
        return Page();
    }
}
