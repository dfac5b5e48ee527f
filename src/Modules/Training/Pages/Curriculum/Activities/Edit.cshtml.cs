using ChildSafety.Core.Files;
using ChildSafety.Training.Curriculum;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Curriculum.Activities;

/// <summary>Recording or changing an awareness activity of the school.</summary>
[RequestSizeLimit(EvidenceLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceLimit)]
public sealed class EditModel(CurriculumPlaces places, AwarenessActivities activities, CurriculumEvidence evidence, TimeProvider clock, IStringLocalizer<TrainingText> text)
    : CurriculumPageModel(places, clock)
{
    private const long EvidenceLimit = EvidenceFile.MaxBytes + 64 * 1024;

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public ActivityForm Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Evidence { get; set; }

    public AwarenessActivity? Existing { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }
        Input = Existing is null ? new ActivityForm { Date = Core.Text.VietnamTime.Today(Clock) } : ActivityForm.From(Existing);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }
        await using var upload = Evidence?.OpenReadStream();
        var (file, fileOutcome) = await evidence.AcceptAsync(upload, Evidence?.Length ?? 0, cancellationToken);
        var previousFile = Existing?.EvidencePath;
        var (saved, outcome) = fileOutcome.Succeeded
            ? await activities.SaveAsync(Place.Organization.Id, Existing, Input.ToInput(), file, cancellationToken)
            : (null, fileOutcome);
        if (saved is null)
        {
            evidence.Delete(file);
            foreach (var (field, message) in outcome.Errors)
            {
                ModelState.AddModelError(field is "" or "Evidence" ? field : $"{nameof(Input)}.{field}", message);
            }
            return Page();
        }
        if (file is not null && previousFile is not null)
        {
            evidence.Delete(previousFile);
        }
        TempData["Status"] = text["Đã lưu hoạt động “{0}”.", saved.Title].Value;
        return Redirect($"/curriculum/activities?org={saved.OrganizationId}&year={saved.SchoolYear}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            Existing = await activities.FindAsync(id, cancellationToken);
            if (Existing is null || !await ResolveAsync(cancellationToken, Existing.OrganizationId))
            {
                return NotFound();
            }
        }
        else if (!await ResolveAsync(cancellationToken) || !Place.IsSchool)
        {
            return NotFound();
        }
        return Place.CanManage ? null : Forbid();
    }
}
