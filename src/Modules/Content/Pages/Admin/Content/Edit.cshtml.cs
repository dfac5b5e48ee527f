using ChildSafety.Content.Data;
using ChildSafety.Content.Items;
using ChildSafety.Content.Publishing;
using ChildSafety.Content.Rendering;
using ChildSafety.Core;
using ChildSafety.Core.Organizations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Content.Pages.Admin.Content;

/// <summary>
/// Writing and publishing one item. Every button first saves what is in the form, so that nothing typed is lost by
/// pressing "publish" or "archive"; a save from a stale form is refused and the form keeps what was typed.
/// </summary>
public sealed class EditModel(
    ContentDbContext db,
    ContentEditor editor,
    MarkdownRenderer renderer,
    CallerScopeAccessor callers,
    IAuthorizationService authorization,
    IStringLocalizer<ContentText> text) : PageModel
{
    /// <summary>Vietnam keeps UTC+7 all year; scheduled times are typed in it and stored in UTC.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    [BindProperty]
    public ContentForm Input { get; set; } = new();

    public ContentItem? Item { get; private set; }

    public bool CanEdit { get; private set; } = true;

    public bool CanPublish { get; private set; }

    public string? Preview { get; private set; }

    public bool Stale { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Item is not null)
        {
            Input = ContentForm.From(Item);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Preview = renderer.Render(Input.Body);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(Guid? id, CancellationToken cancellationToken) =>
        SaveThenAsync(id, null, text["Đã lưu bản nháp."], cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(Guid? id, CancellationToken cancellationToken) =>
        SaveThenAsync(id, (caller, item) => editor.PublishAsync(caller, item.Id, item.Revision, cancellationToken), text["Đã xuất bản."], cancellationToken);

    public Task<IActionResult> OnPostUnpublishAsync(Guid? id, CancellationToken cancellationToken) =>
        SaveThenAsync(id, (caller, item) => editor.UnpublishAsync(caller, item.Id, item.Revision, cancellationToken), text["Đã gỡ khỏi trang công khai; các phiên bản vẫn được giữ."], cancellationToken);

    public Task<IActionResult> OnPostArchiveAsync(Guid? id, CancellationToken cancellationToken) =>
        SaveThenAsync(id, (caller, item) => editor.ArchiveAsync(caller, item.Id, item.Revision, cancellationToken), text["Đã lưu trữ."], cancellationToken);

    public Task<IActionResult> OnPostCancelScheduleAsync(Guid? id, CancellationToken cancellationToken) =>
        SaveThenAsync(id, (caller, item) => editor.CancelScheduleAsync(caller, item.Id, item.Revision, cancellationToken), text["Đã huỷ lịch xuất bản."], cancellationToken);

    public Task<IActionResult> OnPostScheduleAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (Input.ScheduleAt is not { } local)
        {
            ModelState.AddModelError("Input.ScheduleAt", text["Hãy chọn thời điểm hẹn xuất bản."]);
            return ReshowAsync(id, cancellationToken);
        }
        var at = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), VietnamOffset).ToUniversalTime();
        return SaveThenAsync(id, (caller, item) => editor.ScheduleAsync(caller, item.Id, item.Revision, at, cancellationToken), text["Đã hẹn giờ xuất bản."], cancellationToken);
    }

    private async Task<IActionResult> SaveThenAsync(
        Guid? id, Func<CallerScope, ContentItem, Task<EditResult>>? then, string status, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        var saved = id is { } existing
            ? await editor.SaveDraftAsync(caller, existing, Input.Revision, Input.ToDraft(), cancellationToken)
            : await editor.CreateAsync(caller, Input.ToDraft(), cancellationToken);
        if (!saved.Succeeded)
        {
            return await ShowAsync(id, saved.Outcome, cancellationToken);
        }
        var item = saved.Item!;
        if (then is not null)
        {
            var done = await then(caller, item);
            if (!done.Succeeded)
            {
                // The draft itself was saved; only the second step failed, so the form moves on to the new revision.
                Input.Revision = item.Revision;
                return await ShowAsync(item.Id, done.Outcome, cancellationToken);
            }
        }
        TempData["Status"] = status;
        return RedirectToPage("Edit", new { id = item.Id });
    }

    private async Task<IActionResult> ShowAsync(Guid? id, Outcome outcome, CancellationToken cancellationToken)
    {
        foreach (var (field, message) in outcome.Errors)
        {
            ModelState.AddModelError(field.Length == 0 ? "" : $"Input.{field}", message);
        }
        Stale = id is not null && await db.Items.AnyAsync(i => i.Id == id && i.Revision != Input.Revision, cancellationToken);
        return await ReshowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ReshowAsync(Guid? id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid? id, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return false;
        }
        CanPublish = (await authorization.AuthorizeAsync(User, ContentPermissions.PublishContent.PolicyName)).Succeeded;
        if (id is null)
        {
            return true;
        }
        Item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (Item is null || !ContentAccess.CanView(caller, Item))
        {
            return false;
        }
        CanEdit = ContentAccess.CanEdit(caller, Item);
        return true;
    }
}
