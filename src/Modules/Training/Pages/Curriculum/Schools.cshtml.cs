using ChildSafety.Core.Organizations;
using ChildSafety.Training.Curriculum;
using Microsoft.AspNetCore.Mvc;

namespace ChildSafety.Training.Pages.Curriculum;

/// <summary>The drill-down of a roll-up cell: each school of the office teaching the grade, and where it stands on the topic.</summary>
public sealed class SchoolsModel(CurriculumPlaces places, CoverageReport report, Core.Topics.TopicCatalog topics, TimeProvider clock) : CurriculumPageModel(places, clock)
{
    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Grade { get; set; }

    public IReadOnlyList<(Organization School, CoverageStatus Status)> Schools { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(cancellationToken) || !topics.IsKnown(Topic) || !Grades.IsValid(Grade))
        {
            return NotFound();
        }
        Schools = await report.SchoolsAsync(Place.Organization, SchoolYear, Topic!, Grade, cancellationToken);
        return Page();
    }
}
