using ChildSafety.Core.Text;
using ChildSafety.Training.Curriculum;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChildSafety.Training.Pages.Curriculum;

/// <summary>
/// What every curriculum page starts from: the organization (<c>?org=</c>, the caller's own by default, always within
/// their scope) and the school year (<c>?year=2026-2027</c>, the current one by default or when unreadable).
/// </summary>
public abstract class CurriculumPageModel(CurriculumPlaces places, TimeProvider clock) : PageModel
{
    protected CurriculumPlaces Places { get; } = places;

    protected TimeProvider Clock { get; } = clock;

    [BindProperty(SupportsGet = true, Name = "org")]
    public int? Org { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public string? Year { get; set; }

    public CurriculumPlace Place { get; private set; } = null!;

    public SchoolYear SchoolYear { get; private set; }

    /// <summary>The years offered in the year chooser: the previous, the current and the next.</summary>
    public IReadOnlyList<SchoolYear> Years
    {
        get
        {
            var current = SchoolYear.Current(Clock);
            return [new SchoolYear(current.StartYear + 1), current, new SchoolYear(current.StartYear - 1)];
        }
    }

    /// <summary>The query string naming this page's organization and year, for links to the other curriculum pages.</summary>
    public string Scope => $"org={Place.Organization.Id}&year={SchoolYear}";

    /// <summary>False when the organization does not exist or lies outside the caller's scope.</summary>
    protected async Task<bool> ResolveAsync(CancellationToken cancellationToken, int? organizationId = null)
    {
        SchoolYear = SchoolYear.TryParse(Year, out var year) ? year : SchoolYear.Current(Clock);
        var place = await Places.FindAsync(User, organizationId ?? Org, cancellationToken);
        if (place is null)
        {
            return false;
        }
        Place = place;
        return true;
    }
}
