using System.Text.Json;
using ChildSafety.Core.Data;

namespace ChildSafety.Site.Roster;

/// <summary>
/// Keeps uploaded rosters as JSON files under <c>{Site:DataPath}/imports</c>, one per upload, readable only by the
/// person who uploaded them and only for <see cref="RosterLimits.Lifetime"/>. Expired files are swept whenever a
/// new roster arrives, so no background job is needed.
/// </summary>
public sealed class RosterUploadStore(DatabaseSettings settings, TimeProvider clock, ILogger<RosterUploadStore> logger)
{
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

    public void Delete(Guid id) => File.Delete(PathOf(id));

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

    private bool IsExpired(DateTimeOffset createdAt) => clock.GetUtcNow() - createdAt > RosterLimits.Lifetime;

    private string PathOf(Guid id) => Path.Combine(Folder, $"{id:N}.json");

    private void SweepExpired()
    {
        foreach (var file in new DirectoryInfo(Folder).EnumerateFiles("*.json*"))
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
