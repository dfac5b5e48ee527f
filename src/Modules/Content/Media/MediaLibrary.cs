using System.Security.Cryptography;
using ChildSafety.Content.Data;
using ChildSafety.Content.Items;
using ChildSafety.Core;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Content.Media;

/// <summary>
/// Uploading to and deleting from the media library of the caller's organization. Bad files are refused with a
/// message and leave nothing behind; a file still shown by some content cannot be deleted.
/// </summary>
public sealed class MediaLibrary(ContentDbContext db, MediaStore store, TimeProvider clock, IStringLocalizer<ContentText> text)
{
    public const string FileField = "File";
    public const string AltTextField = "AltText";

    public async Task<MediaResult> UploadAsync(CallerScope caller, Stream upload, string fileName, string? altText, CancellationToken cancellationToken)
    {
        var content = await ReadCappedAsync(upload, cancellationToken).ConfigureAwait(false);
        var check = MediaCheck.Of(content);
        if (!check.Accepted)
        {
            return MediaResult.Fail(FileField, Explain(check));
        }
        var alt = (altText ?? "").Trim();
        if (check.Kind == MediaKind.Image && alt.Length == 0)
        {
            return MediaResult.Fail(AltTextField, text["Hãy mô tả ảnh (văn bản thay thế) cho người dùng trình đọc màn hình."]);
        }
        if (alt.Length > MediaLimits.AltTextLength)
        {
            return MediaResult.Fail(AltTextField, text["Mô tả ảnh dài tối đa {0} ký tự.", MediaLimits.AltTextLength]);
        }
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        var item = new MediaItem
        {
            Id = Guid.NewGuid(),
            Kind = check.Kind,
            FileName = name.Length is > 0 and <= 200 ? name : "tep",
            AltText = check.Kind == MediaKind.Image ? alt : "",
            Bytes = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            OwnerOrganizationId = caller.OrganizationId,
            OwnerPath = caller.OrganizationPath,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = caller.PersonId,
        };
        item.Folder = MediaPaths.FolderFor(item.CreatedAt);
        item.SearchText = Folding.Fold($"{item.FileName} {item.AltText}");
        if (!await StoreAsync(item, content, cancellationToken).ConfigureAwait(false))
        {
            return MediaResult.Fail(FileField, text["Không đọc được ảnh này; tệp có thể bị hỏng."]);
        }
        db.Media.Add(item);
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            store.Delete(item);
            throw;
        }
        return new MediaResult(Outcome.Success, item);
    }

    /// <summary>The caller's organization's copy of exactly these bytes, if it was uploaded before.</summary>
    public Task<MediaItem?> FindSameAsync(CallerScope caller, byte[] content, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        return db.Media.FirstOrDefaultAsync(m => m.OwnerOrganizationId == caller.OrganizationId && m.Sha256 == hash, cancellationToken);
    }

    public Task<MediaItem?> FindVisibleAsync(CallerScope caller, Guid id, CancellationToken cancellationToken) =>
        db.Media.VisibleTo(caller).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);

    /// <summary>Content items whose draft or public version mentions the file's name, which every address of it contains.</summary>
    public async Task<IReadOnlyList<MediaUse>> UsesAsync(Guid id, CancellationToken cancellationToken)
    {
        var key = id.ToString("N");
        return await db.Items
            .Where(i => i.Body.Contains(key) || (i.CoverImage != null && i.CoverImage.Contains(key))
                || i.Versions.Any(v => v.Number == i.PublishedVersion && (v.Body.Contains(key) || (v.CoverImage != null && v.CoverImage.Contains(key)))))
            .OrderBy(i => i.Title)
            .Select(i => new MediaUse(i.Id, i.Title))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Outcome> DeleteAsync(CallerScope caller, Guid id, CancellationToken cancellationToken)
    {
        var item = await db.Media.FirstOrDefaultAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
        if (item is null || !ContentAccess.CanEdit(caller, item))
        {
            return Outcome.Fail("", text["Không tìm thấy tệp này, hoặc tệp thuộc đơn vị khác."]);
        }
        var uses = await UsesAsync(id, cancellationToken).ConfigureAwait(false);
        if (uses.Count > 0)
        {
            return Outcome.Fail("", text["Tệp đang được dùng trong: {0}. Hãy gỡ tệp khỏi các mục này trước khi xoá.", string.Join("; ", uses.Select(u => u.Title))]);
        }
        db.Media.Remove(item);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        store.Delete(item);
        return Outcome.Success;
    }

    private async Task<bool> StoreAsync(MediaItem item, byte[] content, CancellationToken cancellationToken)
    {
        if (item.Kind == MediaKind.Document)
        {
            await store.WriteAsync(item.Folder, MediaPaths.DocumentName(item.Id), content, cancellationToken).ConfigureAwait(false);
            return true;
        }
        var variants = ImageVariants.Encode(content);
        if (variants.Count == 0)
        {
            return false;
        }
        foreach (var variant in variants)
        {
            await store.WriteAsync(item.Folder, MediaPaths.VariantName(item.Id, variant.Width), variant.Webp, cancellationToken).ConfigureAwait(false);
        }
        item.Widths = string.Join(',', variants.Select(v => v.Width));
        (item.Width, item.Height) = (variants[^1].Width, variants[^1].Height);
        return true;
    }

    /// <summary>Reads at most one byte past the cap, so a lying or missing length cannot make us read a huge body.</summary>
    private static async Task<byte[]> ReadCappedAsync(Stream upload, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= MediaLimits.MaxBytes
            && (read = await upload.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, MediaLimits.MaxBytes + 1 - buffer.Length)), cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private string Explain(MediaCheck check) => check.Refusal switch
    {
        MediaRefusal.Empty => text["Hãy chọn một tệp để tải lên."],
        MediaRefusal.TooLarge => text["Tệp lớn tối đa 10 MB."],
        MediaRefusal.TooManyPixels => text["Ảnh {0} × {1} điểm ảnh là quá lớn; tối đa 40 triệu điểm ảnh.", check.Width, check.Height],
        MediaRefusal.Unreadable => text["Không đọc được ảnh này; tệp có thể bị hỏng."],
        MediaRefusal.NotAPdf => text["Tệp này không phải một tài liệu PDF đầy đủ; có thể tệp bị cắt dở khi tải lên. Hãy lưu lại thành PDF rồi tải lên lần nữa."],
        _ => text["Chỉ nhận ảnh JPEG, PNG, WebP hoặc tài liệu PDF (không nhận SVG hay tệp chương trình)."],
    };
}
