using ChildSafety.Content.Data;
using ChildSafety.Content.Items;
using ChildSafety.Content.Publishing;
using ChildSafety.Core.Data;
using ChildSafety.Core.Text;
using ChildSafety.Core.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Content.Pages.Admin.Content;

/// <summary>Every published version of an item with who and when; compare two; restore one as the draft.</summary>
public sealed class VersionsModel(
    ContentDbContext db,
    CoreDbContext core,
    ContentEditor editor,
    CallerScopeAccessor callers,
    IStringLocalizer<ContentText> text) : PageModel
{
    public ContentItem Item { get; private set; } = new();

    public bool CanEdit { get; private set; }

    public IReadOnlyList<Row> Versions { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? To { get; set; }

    public IReadOnlyList<DiffLine>? Diff { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (From is { } from && To is { } to)
        {
            var bodies = await db.Versions.AsNoTracking()
                .Where(v => v.ContentItemId == id && (v.Number == from || v.Number == to))
                .ToDictionaryAsync(v => v.Number, v => $"# {v.Title}\n\n{v.Summary}\n\n{v.Body}", cancellationToken);
            if (bodies.TryGetValue(from, out var before) && bodies.TryGetValue(to, out var after))
            {
                Diff = LineDiff.Compare(before, after);
            }
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(Guid id, int number, int revision, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(User, cancellationToken);
        if (caller is null)
        {
            return Forbid();
        }
        var result = await editor.RestoreAsync(caller, id, revision, number, cancellationToken);
        if (result.Succeeded)
        {
            TempData["Status"] = text["Đã khôi phục phiên bản {0} thành bản nháp. Trang công khai chưa đổi cho tới khi bạn xuất bản.", number].Value;
            return RedirectToPage("Edit", new { id });
        }
        foreach (var (_, message) in result.Outcome.Errors)
        {
            ModelState.AddModelError("", message);
        }
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(User, cancellationToken);
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (caller is null || item is null || !ContentAccess.CanView(caller, item))
        {
            return false;
        }
        Item = item;
        CanEdit = ContentAccess.CanEdit(caller, item);
        var versions = await db.Versions.AsNoTracking()
            .Where(v => v.ContentItemId == id)
            .OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.Title, v.PublishedAt, v.PublishedBy })
            .ToListAsync(cancellationToken);
        var people = versions.Select(v => v.PublishedBy).Distinct().ToList();
        var names = await core.Users.Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken);
        Versions = [.. versions.Select(v => new Row(v.Number, v.Title, v.PublishedAt, names.GetValueOrDefault(v.PublishedBy, "—")))];
        return true;
    }

    public sealed record Row(int Number, string Title, DateTimeOffset PublishedAt, string PublishedBy);
}
