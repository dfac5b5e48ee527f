using System.Collections;

namespace ChildSafety.Core.Spreadsheets;

/// <summary>
/// Rows whose number is known before they are read. MiniExcel writes a sheet's size at its top: given rows it
/// cannot count, it first copies every one of them into a list — a province's staff, 300,000 dictionaries — while
/// rows that say how many they are it writes one at a time as they come from the database.
/// </summary>
public sealed class CountedRowCollection<T>(int count, IEnumerable<T> rows) : ICollection, IReadOnlyCollection<T>
{
    public int Count => count;

    public bool IsSynchronized => false;

    public object SyncRoot => this;

    public IEnumerator<T> GetEnumerator() => rows.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void CopyTo(Array array, int index) => throw new NotSupportedException("Counted rows are read once, in order.");
}
