using ChildSafety.Core.Files;
using ChildSafety.Training.Curriculum;
using Microsoft.AspNetCore.Mvc;

namespace ChildSafety.Training.Pages.Curriculum;

/// <summary>The evidence file of a lesson or an activity, for those whose scope covers its school.</summary>
public sealed class EvidenceModel(CurriculumPlaces places, CurriculumPlans plans, AwarenessActivities activities, CurriculumEvidence evidence, TimeProvider clock)
    : CurriculumPageModel(places, clock)
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var entry = await plans.FindAsync(id, cancellationToken);
        var activity = entry is null ? await activities.FindAsync(id, cancellationToken) : null;
        var (organizationId, name) = entry is not null ? (entry.OrganizationId, entry.EvidencePath)
            : activity is not null ? (activity.OrganizationId, activity.EvidencePath) : (0, null);
        if (name is null || !await ResolveAsync(cancellationToken, organizationId) || evidence.Locate(name) is not { } path)
        {
            return NotFound();
        }
        return PhysicalFile(path, EvidenceFile.ContentType(Path.GetExtension(path)), Path.GetFileName(path));
    }
}
