using ChildSafety.Content.Media;
using ChildSafety.Core.Organizations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Content.Pages.Admin.Media;

/// <summary>A plain multipart form, so uploading works without JavaScript; the library decides what the file is.</summary>
[RequestSizeLimit(UploadLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
public sealed class UploadModel(MediaLibrary library, CallerScopeAccessor callers, IStringLocalizer<ContentText> text) : PageModel
{
    private const long UploadLimit = MediaLimits.MaxBytes + 64 * 1024;

    [BindProperty(Name = MediaLibrary.FileField)]
    public IFormFile? Chosen { get; set; }

    [BindProperty]
    public string? AltText { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await callers.GetAsync(User, cancellationToken) is not { } caller)
        {
            return Forbid();
        }
        if (Chosen is null)
        {
            ModelState.AddModelError(MediaLibrary.FileField, text["Hãy chọn một tệp để tải lên."]);
            return Page();
        }
        await using var stream = Chosen.OpenReadStream();
        var result = await library.UploadAsync(caller, stream, Chosen.FileName, AltText, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var (field, message) in result.Outcome.Errors)
            {
                ModelState.AddModelError(field, message);
            }
            return Page();
        }
        TempData["Status"] = text["Đã tải lên {0}.", result.Item!.FileName].Value;
        return Redirect($"/admin/media/{result.Item.Id}");
    }
}
