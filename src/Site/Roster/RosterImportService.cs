using ChildSafety.Core;
using ChildSafety.Core.Organizations;
using ChildSafety.Site.Hosting;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Site.Roster;

/// <summary>
/// The import flow from upload to confirmation. Nothing reaches the database until the uploader confirms, and
/// confirming checks the rows again, because the database may have changed while the preview was open.
/// </summary>
public sealed class RosterImportService(
    RosterReader reader,
    RosterReferenceLoader references,
    RosterValidator validator,
    RosterImporter importer,
    RosterUploadStore store,
    TimeProvider clock,
    IStringLocalizer<SiteText> text)
{
    /// <summary>Reads and checks a file and keeps it for the preview; fails only when the file as a whole is unusable.</summary>
    public async Task<(Outcome Outcome, Guid? UploadId)> UploadAsync(byte[] content, string fileName, CallerScope caller, CancellationToken cancellationToken)
    {
        var read = reader.Read(content, cancellationToken);
        if (!read.Outcome.Succeeded)
        {
            return (read.Outcome, null);
        }
        var checkedRows = await CheckAsync(read.Rows, caller, cancellationToken).ConfigureAwait(false);
        var upload = new RosterUpload
        {
            Id = Guid.NewGuid(),
            OwnerId = caller.PersonId,
            CreatedAt = clock.GetUtcNow(),
            FileName = Path.GetFileName(fileName),
            // Rows with errors first: they are what the uploader has to look at.
            Rows = [.. checkedRows.Select(r => new UploadedRow(r.Source, r.Errors)).OrderBy(r => r.IsValid)],
        };
        await store.SaveAsync(upload, cancellationToken).ConfigureAwait(false);
        return (Outcome.Success, upload.Id);
    }

    public Task<RosterUpload?> FindAsync(Guid id, CallerScope caller, CancellationToken cancellationToken) =>
        store.FindAsync(id, caller.PersonId, cancellationToken);

    /// <summary>
    /// Imports the upload: every row when <paramref name="validOnly"/> is false, which the current database must
    /// still accept in full; otherwise the rows that are valid now. On failure the stored rows carry the errors
    /// found now, so the preview shows what changed.
    /// </summary>
    public async Task<Outcome> ConfirmAsync(Guid id, bool validOnly, CallerScope caller, CancellationToken cancellationToken)
    {
        // The rows live in the inner method's state, which is cleared when it completes: collected only after it.
        var (outcome, rows) = await ImportUploadAsync(id, validOnly, caller, cancellationToken).ConfigureAwait(false);
        if (rows >= RosterLimits.LargeRoster)
        {
            MemoryRelease.AfterLargeJob();
        }
        return outcome;
    }

    private async Task<(Outcome Outcome, int Rows)> ImportUploadAsync(Guid id, bool validOnly, CallerScope caller, CancellationToken cancellationToken)
    {
        using var claim = store.TryClaim(id);
        if (claim is null)
        {
            return (Outcome.Fail("", text["Danh sách này đang được nhập. Hãy đợi trong giây lát rồi tải lại trang."]), 0);
        }
        var upload = await store.FindAsync(id, caller.PersonId, cancellationToken).ConfigureAwait(false);
        if (upload is null)
        {
            return (Outcome.Fail("", Expired()), 0);
        }
        if (upload.IsImported)
        {
            return (Outcome.Fail("", text["Danh sách này đã được nhập rồi."]), 0);
        }

        List<RosterRow> sources = [.. upload.Rows.Select(r => r.Source)];
        // The stored checks are superseded by this one; dropped now, they need not stay alive through the insert.
        upload.Rows = [];
        var checkedRows = await CheckAsync(sources, caller, cancellationToken).ConfigureAwait(false);
        var valid = checkedRows.Where(r => r.IsValid).Select(r => r.Draft!).ToList();
        var errorCount = checkedRows.Count - valid.Count;
        Outcome outcome;
        if (!validOnly && errorCount > 0)
        {
            outcome = Outcome.Fail("", text["Dữ liệu đã thay đổi từ lúc tải lên: nay có {0} dòng lỗi. Chưa có ai được nhập; hãy xem lại các dòng lỗi.", errorCount]);
        }
        else if (valid.Count == 0)
        {
            outcome = Outcome.Fail("", text["Không còn dòng hợp lệ nào để nhập."]);
        }
        else
        {
            outcome = await importer.ImportAsync(valid, cancellationToken).ConfigureAwait(false);
        }

        if (outcome.Succeeded)
        {
            upload.ImportedCount = valid.Count;
            upload.SkippedCount = errorCount;
            upload.Rows = [];
        }
        else
        {
            upload.Rows = [.. checkedRows.Select(r => new UploadedRow(r.Source, r.Errors)).OrderBy(r => r.IsValid)];
        }
        await store.SaveAsync(upload, cancellationToken).ConfigureAwait(false);
        return (outcome, sources.Count);
    }

    public async Task CancelAsync(Guid id, CallerScope caller, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, caller.PersonId, cancellationToken).ConfigureAwait(false) is not null)
        {
            store.Delete(id);
        }
    }

    public string Expired() => text["Không tìm thấy danh sách đã tải lên, hoặc nó đã hết hạn sau {0} giờ. Hãy tải tệp lên lại.", RosterLimits.Lifetime.TotalHours];

    private async Task<IReadOnlyList<CheckedRow>> CheckAsync(IReadOnlyList<RosterRow> rows, CallerScope caller, CancellationToken cancellationToken)
    {
        var data = await references.LoadAsync(rows, caller, cancellationToken).ConfigureAwait(false);
        return validator.Validate(rows, data);
    }
}
