using ChildSafety.Core;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.Spreadsheets;
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
    /// <summary>
    /// Reads and checks a file and keeps it for the preview; fails only when the file as a whole is unusable. The
    /// upload is saved to a file and read from there as the check goes, never held in memory.
    /// </summary>
    public async Task<(Outcome Outcome, Guid? UploadId)> UploadAsync(Stream content, string fileName, CallerScope caller, CancellationToken cancellationToken)
    {
        var upload = new RosterUpload
        {
            Id = Guid.NewGuid(),
            OwnerId = caller.PersonId,
            CreatedAt = clock.GetUtcNow(),
            FileName = Path.GetFileName(fileName),
        };
        try
        {
            var received = await store.ReceiveAsync(upload.Id, content, cancellationToken).ConfigureAwait(false);
            // The check's keys and references live in the inner method's state, which is cleared when it completes: collected only after it.
            var outcome = await ReadAndCheckAsync(upload, SheetSource.OfFile(received), caller, cancellationToken).ConfigureAwait(false);
            if (outcome.Succeeded && upload.RowCount >= RosterLimits.LargeRoster)
            {
                MemoryRelease.AfterLargeJob();
            }
            return (outcome, outcome.Succeeded ? upload.Id : null);
        }
        finally
        {
            store.DeleteReceived(upload.Id);
        }
    }

    private async Task<Outcome> ReadAndCheckAsync(RosterUpload upload, SheetSource file, CallerScope caller, CancellationToken cancellationToken)
    {
        var read = reader.Read(file, cancellationToken);
        if (!read.Outcome.Succeeded)
        {
            return read.Outcome;
        }
        if (await CheckAsync(upload, read.Rows, () => read.Reading, caller, cancellationToken).ConfigureAwait(false) is null)
        {
            return read.Reading;
        }
        await store.SaveAsync(upload, cancellationToken).ConfigureAwait(false);
        return Outcome.Success;
    }

    public Task<RosterUpload?> FindAsync(Guid id, CallerScope caller, CancellationToken cancellationToken) =>
        store.FindAsync(id, caller.PersonId, cancellationToken);

    /// <summary>A page of the rows the last check found errors in.</summary>
    public RowPage ErrorPage(RosterUpload upload, int requested) =>
        RowPage.Of(skip => store.ReadErrorRows(upload.Id, skip), upload.ErrorCount, requested);

    /// <summary>A page of the rows the last check found valid.</summary>
    public RowPage ValidPage(RosterUpload upload, int requested) =>
        RowPage.Of(skip => store.ReadValidRows(upload.Id, skip), upload.ValidCount, requested);

    /// <summary>Every row the last check found errors in, read as they are enumerated.</summary>
    public IEnumerable<UploadedRow> ErrorRows(RosterUpload upload) => store.ReadErrorRows(upload.Id);

    /// <summary>
    /// Imports the upload: every row when <paramref name="validOnly"/> is false, which the current database must
    /// still accept in full; otherwise the rows that are valid now. The stored rows are checked again and carry the
    /// errors found now, so on failure the preview shows what changed.
    /// </summary>
    public async Task<Outcome> ConfirmAsync(Guid id, bool validOnly, CallerScope caller, CancellationToken cancellationToken)
    {
        using var claim = store.TryClaim(id);
        if (claim is null)
        {
            return Outcome.Fail("", text["Danh sách này đang được nhập. Hãy đợi trong giây lát rồi tải lại trang."]);
        }
        var upload = await store.FindAsync(id, caller.PersonId, cancellationToken).ConfigureAwait(false);
        if (upload is null)
        {
            return Outcome.Fail("", Expired());
        }
        if (upload.IsImported)
        {
            return Outcome.Fail("", text["Danh sách này đã được nhập rồi."]);
        }

        // The keys and the batch lived in the inner method's state, which is cleared when it completes: collected below.
        var outcome = await ImportAsync(upload, validOnly, caller, cancellationToken).ConfigureAwait(false);
        if (outcome.Succeeded)
        {
            upload.ImportedCount = upload.ValidCount;
            upload.SkippedCount = upload.ErrorCount;
        }
        await store.SaveAsync(upload, cancellationToken).ConfigureAwait(false);
        if (outcome.Succeeded)
        {
            store.DeleteRows(id);
        }
        if (upload.RowCount >= RosterLimits.LargeRoster)
        {
            MemoryRelease.AfterLargeJob();
        }
        return outcome;
    }

    /// <summary>
    /// Checks the stored rows again, as the database may have changed while the preview was open, then inserts the
    /// rows valid now. Three reads of the stored rows — their keys, their check, the valid ones — so that no more
    /// than a batch of them is ever in memory.
    /// </summary>
    private async Task<Outcome> ImportAsync(RosterUpload upload, bool validOnly, CallerScope caller, CancellationToken cancellationToken)
    {
        // The stored rows are read to their end: the check always comes back.
        var data = (await CheckAsync(upload, StoredRows(upload.Id), () => Outcome.Success, caller, cancellationToken).ConfigureAwait(false))!;
        if (!validOnly && upload.ErrorCount > 0)
        {
            return Outcome.Fail("", text["Dữ liệu đã thay đổi từ lúc tải lên: nay có {0} dòng lỗi. Chưa có ai được nhập; hãy xem lại các dòng lỗi.", upload.ErrorCount]);
        }
        if (upload.ValidCount == 0)
        {
            return Outcome.Fail("", text["Không còn dòng hợp lệ nào để nhập."]);
        }
        // The same check on the same data: every row of the valid file yields its draft again.
        var drafts = store.ReadValidRows(upload.Id).Select(r => validator.Check(r.Source, data).Draft!);
        return await importer.ImportAsync(drafts, cancellationToken).ConfigureAwait(false);
    }

    public async Task CancelAsync(Guid id, CallerScope caller, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, caller.PersonId, cancellationToken).ConfigureAwait(false) is not null)
        {
            store.Delete(id);
        }
    }

    public string Expired() => text["Không tìm thấy danh sách đã tải lên, hoặc nó đã hết hạn sau {0} giờ. Hãy tải tệp lên lại.", RosterLimits.Lifetime.TotalHours];

    /// <summary>
    /// Checks <paramref name="rows"/> (enumerated twice: once for the keys they share, once row by row) and stores
    /// the result as the upload's rows, replacing any earlier check; returns what they were checked against. When a
    /// reading of the rows stops before their end (<paramref name="reading"/> says why), nothing is stored and
    /// the result is null.
    /// </summary>
    private async Task<RosterReferenceData?> CheckAsync(RosterUpload upload, IEnumerable<RosterRow> rows, Func<Outcome> reading, CallerScope caller, CancellationToken cancellationToken)
    {
        var keys = RosterKeys.Of(rows);
        if (!reading().Succeeded)
        {
            return null;
        }
        var data = await references.LoadAsync(keys, caller, cancellationToken).ConfigureAwait(false);
        using var stored = store.WriteRows(upload.Id);
        foreach (var row in rows)
        {
            stored.Add(validator.Check(row, data));
        }
        if (!reading().Succeeded)
        {
            // Disposed without being completed, the half-written check is deleted.
            return null;
        }
        stored.Complete();
        upload.ValidCount = stored.ValidCount;
        upload.ErrorCount = stored.ErrorCount;
        return data;
    }

    /// <summary>The upload's rows in file order as far as the preview shows them: those with errors, then the valid ones.</summary>
    private IEnumerable<RosterRow> StoredRows(Guid id) =>
        store.ReadErrorRows(id).Concat(store.ReadValidRows(id)).Select(r => r.Source);
}
