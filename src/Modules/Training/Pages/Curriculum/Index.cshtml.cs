using ChildSafety.Training.Curriculum;
using Microsoft.AspNetCore.Mvc;

namespace ChildSafety.Training.Pages.Curriculum;

/// <summary>A school's topic × grade matrix and gaps for a school year; for an office, the roll-up over its schools.</summary>
public sealed class IndexModel(CurriculumPlaces places, CoverageReport report, TimeProvider clock) : CurriculumPageModel(places, clock)
{
    public CoverageMatrix? Matrix { get; private set; }

    public CoverageRollup? Rollup { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await ResolveAsync(cancellationToken))
        {
            return NotFound();
        }
        if (Place.IsSchool)
        {
            Matrix = await report.ForSchoolAsync(Place.Organization, SchoolYear, cancellationToken);
        }
        else
        {
            Rollup = await report.ForOfficeAsync(Place.Organization, SchoolYear, cancellationToken);
        }
        return Page();
    }
}
