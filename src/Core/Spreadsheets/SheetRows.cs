namespace ChildSafety.Core.Spreadsheets;

/// <summary>
/// The non-blank rows of a sheet after its header, read from the file as they are enumerated — never collected —
/// so each enumeration reads the file again. A reading can stop before the end: more rows than the cap, or a
/// workbook that breaks halfway. Then <see cref="Outcome"/> says why, and the caller drops what it made of the
/// rows it was given.
/// </summary>
public sealed class SheetRows : IEnumerable<SheetRecord>
{
    private const int RowsBetweenCancellationChecks = 4096;

    private readonly Func<IEnumerable<(int Row, IReadOnlyList<string> Cells)>> _read;
    private readonly int _maxRows;
    private readonly string _tooMany;
    private readonly Func<Exception, string>? _unreadable;
    private readonly CancellationToken _cancellationToken;

    /// <param name="unreadable">The message for a parser failure, which is the file's fault; null lets failures through.</param>
    internal SheetRows(Func<IEnumerable<(int Row, IReadOnlyList<string> Cells)>> read, int maxRows, string tooMany,
        Func<Exception, string>? unreadable, CancellationToken cancellationToken)
    {
        _read = read;
        _maxRows = maxRows;
        _tooMany = tooMany;
        _unreadable = unreadable;
        _cancellationToken = cancellationToken;
    }

    /// <summary>How the last enumeration ended: success when it read to the end of the file.</summary>
    public Outcome Outcome { get; private set; } = Outcome.Success;

    /// <summary>No row follows the header, as the first reading of the file found.</summary>
    public bool IsEmpty { get; internal set; }

    /// <summary><paramref name="maxRows"/> counts the rows after the header.</summary>
    public IEnumerator<SheetRecord> GetEnumerator()
    {
        var count = 0;
        foreach (var record in Records().Skip(1))
        {
            if (++count > _maxRows)
            {
                Outcome = Outcome.Fail("", _tooMany);
                yield break;
            }
            yield return record;
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Every non-blank row, header first; sets <see cref="Outcome"/>.</summary>
    internal IEnumerable<SheetRecord> Records()
    {
        Outcome = Outcome.Success;
        using var rows = _read().GetEnumerator();
        var read = 0;
        while (true)
        {
            if (++read % RowsBetweenCancellationChecks == 0)
            {
                _cancellationToken.ThrowIfCancellationRequested();
            }
            string? failure = null;
            var more = false;
            try
            {
                more = rows.MoveNext();
            }
#pragma warning disable CA1031 // The workbook is the user's; whatever the parser trips over in it is their file's fault, not a bug here.
            catch (Exception exception) when (_unreadable is not null && exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                failure = _unreadable(exception);
            }
            if (failure is not null)
            {
                Outcome = Outcome.Fail("", failure);
                yield break;
            }
            if (!more)
            {
                yield break;
            }
            var (row, cells) = rows.Current;
            if (cells.Any(c => c.Length > 0))
            {
                yield return new SheetRecord(row, cells);
            }
        }
    }
}
