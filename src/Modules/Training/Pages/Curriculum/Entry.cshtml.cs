using ChildSafety.Core;
using ChildSafety.Core.Files;
using ChildSafety.Training.Curriculum;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Curriculum;

/// <summary>
/// Adding or changing one lesson of the plan. The school's administrators edit everything; the teacher a lesson is
/// assigned to marks it taught and attaches the evidence.
/// </summary>
[RequestSizeLimit(EvidenceLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceLimit)]
public sealed class EntryModel(CurriculumPlaces places, CurriculumPlans plans, CurriculumEvidence evidence, TimeProvider clock, IStringLocalizer<TrainingText> text)
    : CurriculumPageModel(places, clock)
{
    private const long EvidenceLimit = EvidenceFile.MaxBytes + 64 * 1024;

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public EntryForm Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Evidence { get; set; }

    public IntegrationEntry? Existing { get; private set; }

    public IReadOnlyList<(Guid Id, string Name, string Email)> Staff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }
        if (Existing is not null)
        {
            Input = EntryForm.From(Existing);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }
        if (!Place.CanManage && Existing is not null)
        {
            Input = EntryForm.From(Existing, Input.Status, Input.EvidenceUrl);
        }
        await using var upload = Evidence?.OpenReadStream();
        var (file, fileOutcome) = await evidence.AcceptAsync(upload, Evidence?.Length ?? 0, cancellationToken);
        if (!fileOutcome.Succeeded)
        {
            AddErrors(fileOutcome);
            return Page();
        }
        var year = Existing is null ? SchoolYear : Core.Text.SchoolYear.TryParse(Existing.SchoolYear, out var own) ? own : SchoolYear;
        var previousFile = Existing?.EvidencePath;
        var (saved, outcome) = await plans.SaveAsync(Place, year, Existing, Input.ToInput(), file, cancellationToken);
        if (saved is null)
        {
            evidence.Delete(file);
            AddErrors(outcome);
            return Page();
        }
        if (file is not null && previousFile is not null)
        {
            evidence.Delete(previousFile);
        }
        TempData["Status"] = text["Đã lưu bài “{0}”.", saved.Lesson].Value;
        return Redirect($"/curriculum/entries?org={saved.OrganizationId}&year={saved.SchoolYear}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            Existing = await plans.FindAsync(id, cancellationToken);
            if (Existing is null || !await ResolveAsync(cancellationToken, Existing.OrganizationId))
            {
                return NotFound();
            }
            if (!Place.MayEdit(Existing))
            {
                return Forbid();
            }
        }
        else
        {
            if (!await ResolveAsync(cancellationToken) || !Place.IsSchool)
            {
                return NotFound();
            }
            if (!Place.CanManage)
            {
                return Forbid();
            }
        }
        Staff = await Places.StaffOfAsync(Place.Organization.Id, cancellationToken);
        return null;
    }

    private void AddErrors(Outcome outcome)
    {
        foreach (var (field, message) in outcome.Errors)
        {
            ModelState.AddModelError(field is "" or "Evidence" ? field : $"{nameof(Input)}.{field}", message);
        }
    }
}
