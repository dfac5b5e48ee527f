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

    /// <summary>
    /// Checks the upload's size and signature and keeps it under <paramref name="folder"/>: the new file's name, or
    /// why it was refused (then nothing was written).
    /// </summary>
    public static async Task<(string? Name, EvidenceProblem Problem)> AcceptAsync(Stream? content, long length, string folder, CancellationToken cancellationToken)
    {
        if (content is null || length == 0)
        {
            return (null, EvidenceProblem.Missing);
        }
        if (length > MaxBytes)
        {
            return (null, EvidenceProblem.TooLarge);
        }
        var head = new byte[8];
        var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        if (KindOf(head.AsSpan(0, read)) is not { } extension)
        {
            return (null, EvidenceProblem.WrongKind);
        }
        content.Position = 0;
        return (await SaveAsync(content, folder, extension, cancellationToken).ConfigureAwait(false), EvidenceProblem.None);
    }

    /// <summary>The full path of a stored file, or null when the name leads outside <paramref name="folder"/> or the file is gone.</summary>
    public static string? Locate(string folder, string name)
    {
        var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, name));
        return full.StartsWith(root, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

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
