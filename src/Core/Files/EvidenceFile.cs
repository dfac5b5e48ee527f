namespace ChildSafety.Core.Files;

/// <summary>
/// A scan or document uploaded as evidence, accepted by what its bytes are — PDF, JPEG or PNG — never by its name,
/// and stored under the data folder with a name of our choosing.
/// </summary>
public static class EvidenceFile
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>The extension matching the file's signature, or null when it is none of the allowed kinds.</summary>
    public static string? KindOf(ReadOnlySpan<byte> head) => FileSignature.ExtensionOf(head) is (".pdf" or ".jpg" or ".png") and var kind ? kind : null;

    public static string ContentType(string extension) => FileSignature.ContentType(extension);

    /// <summary>Copies the upload to <paramref name="folder"/> under a new name, writing to a temporary file first so a half-written file is never seen.</summary>
    public static async Task<string> SaveAsync(Stream content, string folder, string extension, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var name = $"{Guid.NewGuid():N}{extension}";
        var temporary = Path.Combine(folder, name + ".part");
        var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await using (target.ConfigureAwait(false))
        {
            await content.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
            await target.FlushAsync(cancellationToken).ConfigureAwait(false);
            target.Flush(flushToDisk: true);
        }
        File.Move(temporary, Path.Combine(folder, name));
        return name;
    }
}
