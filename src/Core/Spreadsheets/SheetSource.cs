namespace ChildSafety.Core.Spreadsheets;

/// <summary>
/// The bytes of an uploaded sheet, opened afresh for each reading: a list is read more than once (its header, then
/// every pass its caller needs) rather than held in memory, so a large upload is a file on disk, a small one may be
/// bytes.
/// </summary>
public sealed class SheetSource(long length, Func<Stream> open)
{
    private const int BufferBytes = 64 * 1024;

    public long Length => length;

    public static SheetSource OfFile(string path) =>
        new(new FileInfo(path).Length, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferBytes, FileOptions.SequentialScan));

    public static SheetSource OfBytes(byte[] content) => new(content.Length, () => new MemoryStream(content, writable: false));

    /// <summary>A new, seekable stream at the start of the bytes; the caller disposes it.</summary>
    public Stream Open() => open();
}
