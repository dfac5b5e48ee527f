using ChildSafety.Core.Content;
using ChildSafety.Core.Organizations;
using ChildSafety.Training.Conduct;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Pages.Admin.Conduct;

/// <summary>Writing a draft version: its text (or an adaptation's additions), effective date and audience, with a preview.</summary>
public sealed class EditModel(CallerScopeAccessor scopes, ConductPolicies policies, IMarkdownRenderer markdown, IStringLocalizer<TrainingText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public string Text { get; set; } = "";

    [BindProperty]
    public DateOnly EffectiveFrom { get; set; }

    [BindProperty]
    public List<PositionSet> Audience { get; set; } = [];

    [BindProperty]
    public DateTimeOffset UpdatedAt { get; set; }

    public ConductVersion? Version { get; private set; }

    public bool IsAdaptation => Version?.TemplateVersionId is not null;

    public string? PreviewHtml { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        Version = caller is null ? null : await policies.FindOwnAsync(caller, Id, cancellationToken);
        if (Version is null)
        {
            return NotFound();
        }
        if (Version.State == ConductVersionState.Published)
        {
            return RedirectToPage("Index");
        }
        Text = (IsAdaptation ? Version.Additions : Version.Text) ?? "";
        EffectiveFrom = Version.EffectiveFrom;
        Audience = [.. Enum.GetValues<PositionSet>().Where(p => p is not PositionSet.None and not PositionSet.Everyone && Version.Audience.HasFlag(p))];
        UpdatedAt = Version.UpdatedAt;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => await SaveAsync(preview: false, cancellationToken);

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken) => await SaveAsync(preview: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(bool preview, CancellationToken cancellationToken)
    {
        var caller = await scopes.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        var audience = Audience.Aggregate(PositionSet.None, (set, p) => set | p);
        var outcome = ModelState.IsValid
            ? await policies.SaveDraftAsync(caller, Id, new ConductDraft(Text ?? "", EffectiveFrom, audience, UpdatedAt), cancellationToken)
            : null;
        Version = await policies.FindOwnAsync(caller, Id, cancellationToken);
        if (Version is null)
        {
            return NotFound();
        }
        if (outcome is { Succeeded: true })
        {
            if (!preview)
            {
                TempData["Status"] = text["Đã lưu bản nháp."].Value;
                return RedirectToPage("Edit", new { Id });
            }
            UpdatedAt = Version.UpdatedAt;
            ModelState.Remove(nameof(UpdatedAt));
            PreviewHtml = markdown.Render(Version.Text);
        }
        foreach (var (field, message) in outcome?.Errors ?? [])
        {
            ModelState.AddModelError(field, message);
        }
        return Page();
    }
}
