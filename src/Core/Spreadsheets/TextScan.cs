using System.Buffers;
using System.Text.Unicode;

namespace ChildSafety.Core.Spreadsheets;

/// <summary>
/// What a whole text file's bytes say about it, read once in chunks rather than held: whether they are valid UTF-8
/// (<see cref="SheetTextEncoding"/>) and whether any is zero, which no text encoding we accept but UTF-16 writes.
/// </summary>
internal readonly record struct TextScan(bool IsValidUtf8, bool HasZeroByte)
{
    private const int ChunkBytes = 64 * 1024;

    public static TextScan Of(Stream content)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        var chars = ArrayPool<char>.Shared.Rent(ChunkBytes);
        try
        {
            bool valid = true, zero = false, final;
            var carried = 0;
            do
            {
                var read = content.Read(bytes, carried, ChunkBytes - carried);
                final = read == 0;
                zero = zero || bytes.AsSpan(carried, read).Contains((byte)0);
                if (valid)
                {
                    // A character split between two chunks is carried over to the next one.
                    var pending = bytes.AsSpan(0, carried + read);
                    OperationStatus status;
                    do
                    {
                        status = Utf8.ToUtf16(pending, chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: final);
                        pending = pending[consumed..];
                    }
                    while (status == OperationStatus.DestinationTooSmall);
                    valid = status != OperationStatus.InvalidData;
                    pending.CopyTo(bytes);
                    carried = valid ? pending.Length : 0;
                }
            }
            while (!final && (valid || !zero));
            return new TextScan(valid, zero);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
