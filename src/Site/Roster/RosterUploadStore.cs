using System.Text.Json;
using ChildSafety.Core.Data;

namespace ChildSafety.Site.Roster;

/// <summary>
/// Keeps uploaded rosters under <c>{Site:DataPath}/imports</c>, readable only by the person who uploaded them and
/// only for <see cref="RosterLimits.Lifetime"/>: per upload a small JSON file of what is known about it, and its
/// rows as JSON lines (<see cref="UploadedRowsWriter"/>), read a page or a batch at a time so that no request holds
/// a province's roster in memory. Expired files — and a received file a stopped process left behind — are swept
/// whenever a new roster arrives, so no background job is needed.
/// </summary>
public sealed class RosterUploadStore(DatabaseSettings settings, TimeProvider clock, ILogger<RosterUploadStore> logger)
{
    private const int BufferBytes = 64 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private string Folder => Path.Combine(settings.DataPath, "imports");

    public async Task SaveAsync(RosterUpload upload, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        SweepExpired();
        var path = PathOf(upload.Id);
        var temporary = path + ".tmp";
        // Written aside and moved into place, so a reader never sees half a file.
        var stream = File.Create(temporary);
        await using (stream.ConfigureAwait(false))
        {
            await JsonSerializer.SerializeAsync(stream, upload, Json, cancellationToken).ConfigureAwait(false);
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The upload, if it exists, belongs to <paramref name="ownerId"/> and has not expired.</summary>
    public async Task<RosterUpload?> FindAsync(Guid id, Guid ownerId, CancellationToken cancellationToken)
    {
        var path = PathOf(id);
        if (!File.Exists(path))
        {
            return null;
        }
        RosterUpload? upload;
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            upload = await JsonSerializer.DeserializeAsync<RosterUpload>(stream, Json, cancellationToken).ConfigureAwait(false);
        }
        if (upload is null || IsExpired(upload.CreatedAt))
        {
            Delete(id);
            return null;
        }
        return upload.OwnerId == ownerId ? upload : null;
    }

    /// <summary>
    /// Saves the file as uploaded, to be read — more than once — while it is checked; the caller deletes it with
    /// <see cref="DeleteReceived"/> once the check is stored.
    /// </summary>
    public async Task<string> ReceiveAsync(Guid id, Stream content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var path = ReceivedPath(id);
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferBytes, FileOptions.Asynchronous);
        await using (file.ConfigureAwait(false))
        {
            await content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
        }
        return path;
    }

    public void DeleteReceived(Guid id) => File.Delete(ReceivedPath(id));

    /// <summary>A new check of the upload's rows, which replaces the stored one when completed.</summary>
    public UploadedRowsWriter WriteRows(Guid id)
    {
        Directory.CreateDirectory(Folder);
        return new UploadedRowsWriter(ErrorRowsPath(id), ValidRowsPath(id), Json);
    }

    /// <summary>The rows of the last check that have errors, in file order, from the <paramref name="skip"/>-th on.</summary>
    public IEnumerable<UploadedRow> ReadErrorRows(Guid id, int skip = 0) => ReadRows(ErrorRowsPath(id), skip);

    /// <summary>The rows of the last check without errors, in file order, from the <paramref name="skip"/>-th on.</summary>
    public IEnumerable<UploadedRow> ReadValidRows(Guid id, int skip = 0) => ReadRows(ValidRowsPath(id), skip);

    /// <summary>Drops the rows of an imported upload, whose counts are all that is still shown.</summary>
    public void DeleteRows(Guid id)
    {
        File.Delete(ErrorRowsPath(id));
        File.Delete(ValidRowsPath(id));
    }

    public void Delete(Guid id)
    {
        DeleteRows(id);
        File.Delete(PathOf(id));
    }

    /// <summary>
    /// Claims the upload for one confirmation at a time (a double click, a second tab), or returns null while
    /// another holds it. A file rather than an in-memory lock, so that it holds across several site processes.
    /// </summary>
    public IDisposable? TryClaim(Guid id)
    {
        Directory.CreateDirectory(Folder);
        try
        {
            return new FileStream(PathOf(id) + ".lock", FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Lines skipped are not parsed: the last page of a large roster costs reading the file, not decoding it.</summary>
    private static IEnumerable<UploadedRow> ReadRows(string path, int skip) =>
        File.Exists(path)
            ? File.ReadLines(path).Skip(skip).Select(line => JsonSerializer.Deserialize<UploadedRow>(line, Json)!)
            : [];

    private bool IsExpired(DateTimeOffset createdAt) => clock.GetUtcNow() - createdAt > RosterLimits.Lifetime;

    private string PathOf(Guid id) => Path.Combine(Folder, $"{id:N}.json");

    private string ReceivedPath(Guid id) => Path.Combine(Folder, $"{id:N}.upload");

    private string ErrorRowsPath(Guid id) => Path.Combine(Folder, $"{id:N}.errors.jsonl");

    private string ValidRowsPath(Guid id) => Path.Combine(Folder, $"{id:N}.valid.jsonl");

    private void SweepExpired()
    {
        foreach (var file in new DirectoryInfo(Folder).EnumerateFiles())
        {
            if (IsExpired(new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero)))
            {
                try
                {
                    file.Delete();
                }
                catch (IOException exception)
                {
                    // Another request may be reading it right now; the next sweep will get it.
                    logger.LogDebug(exception, "Could not delete an expired roster upload");
                }
            }
        }
    }
}
