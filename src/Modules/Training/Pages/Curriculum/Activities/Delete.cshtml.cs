using ChildSafety.Training.Curriculum;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Curriculum.Activities;

/// <summary>Removing an awareness activity, after the administrator confirms it.</summary>
public sealed class DeleteModel(CurriculumPlaces places, AwarenessActivities activities, CurriculumEvidence evidence, TimeProvider clock, IStringLocalizer<TrainingText> text)
    : CurriculumPageModel(places, clock)
{
    public AwarenessActivity Activity { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }
        await activities.DeleteAsync(Activity, cancellationToken);
        evidence.Delete(Activity.EvidencePath);
        TempData["Status"] = text["Đã xoá hoạt động “{0}”.", Activity.Title].Value;
        return Redirect($"/curriculum/activities?org={Activity.OrganizationId}&year={Activity.SchoolYear}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var activity = await activities.FindAsync(id, cancellationToken);
        if (activity is null || !await ResolveAsync(cancellationToken, activity.OrganizationId))
        {
            return NotFound();
        }
        if (!Place.CanManage)
        {
            return Forbid();
        }
        Activity = activity;
        return null;
    }
}
