using ChildSafety.Training.Curriculum;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Curriculum;

/// <summary>Removing a lesson from the plan, after the administrator confirms it.</summary>
public sealed class DeleteModel(CurriculumPlaces places, CurriculumPlans plans, CurriculumEvidence evidence, TimeProvider clock, IStringLocalizer<TrainingText> text)
    : CurriculumPageModel(places, clock)
{
    public IntegrationEntry Entry { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }
        await plans.DeleteAsync(Entry, cancellationToken);
        evidence.Delete(Entry.EvidencePath);
        TempData["Status"] = text["Đã xoá bài “{0}”.", Entry.Lesson].Value;
        return Redirect($"/curriculum/entries?org={Entry.OrganizationId}&year={Entry.SchoolYear}");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var entry = await plans.FindAsync(id, cancellationToken);
        if (entry is null || !await ResolveAsync(cancellationToken, entry.OrganizationId))
        {
            return NotFound();
        }
        if (!Place.CanManage)
        {
            return Forbid();
        }
        Entry = entry;
        return null;
    }
}
