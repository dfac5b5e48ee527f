using ChildSafety.Content.Items;
using ChildSafety.Content.Media;
using ChildSafety.Core.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Content.Pages.Admin.Media;

/// <summary>One library file: the Markdown to paste into a body, where it is used, and deleting it when unused.</summary>
public sealed class DetailsModel(MediaLibrary library, CallerScopeAccessor callers, IStringLocalizer<ContentText> text) : PageModel
{
    public MediaItem Item { get; private set; } = null!;

    public IReadOnlyList<MediaUse> Uses { get; private set; } = [];

    public bool CanDelete { get; private set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), text["Hãy đánh dấu ô xác nhận để xoá tệp."]);
            return Page();
        }
        var outcome = await library.DeleteAsync((await callers.GetAsync(User, cancellationToken))!, id, cancellationToken);
        if (!outcome.Succeeded)
        {
            foreach (var (field, message) in outcome.Errors)
            {
                ModelState.AddModelError(field, message);
            }
            return Page();
        }
        TempData["Status"] = text["Đã xoá {0}.", Item.FileName].Value;
        return Redirect("/admin/media");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await callers.GetAsync(User, cancellationToken) is not { } caller
            || await library.FindVisibleAsync(caller, id, cancellationToken) is not { } file)
        {
            return false;
        }
        Item = file;
        CanDelete = ContentAccess.CanEdit(caller, file);
        Uses = await library.UsesAsync(id, cancellationToken);
        return true;
    }
}
