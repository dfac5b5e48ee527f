using ChildSafety.Content.Schools;
using ChildSafety.Core.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Content.Pages.Admin.Channels;

/// <summary>Editing one school's reporting channels; a school outside the caller's scope is 404.</summary>
public sealed class EditModel(SchoolDirectory schools, CallerScopeAccessor callers, IStringLocalizer<ContentText> text) : PageModel
{
    [BindProperty]
    public ReportingChannelsForm Input { get; set; } = new();

    public SchoolSummary School { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }
        Input = ReportingChannelsForm.From(await schools.ChannelsAsync(id, cancellationToken));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } caller)
        {
            return NotFound();
        }
        var outcome = await schools.SaveChannelsAsync(caller, id, Input, cancellationToken);
        if (!outcome.Succeeded)
        {
            foreach (var (field, message) in outcome.Errors)
            {
                ModelState.AddModelError(field.Length == 0 ? "" : $"{nameof(Input)}.{field}", message);
            }
            return Page();
        }
        TempData["Status"] = text["Đã lưu kênh tiếp nhận; trang của trường đã cập nhật."].Value;
        return Redirect($"/admin/channels/{id}");
    }

    private async Task<CallerScope?> FindAsync(int id, CancellationToken cancellationToken)
    {
        if (await callers.GetAsync(User, cancellationToken) is not { } caller
            || await schools.FindAsync(id, cancellationToken) is not { } school
            || !caller.Contains(school.Path))
        {
            return null;
        }
        School = school;
        return caller;
    }
}
