namespace ChildSafety.Content.Publishing;

/// <summary>
/// A line-by-line comparison of two texts by longest common subsequence: enough for an editor to see what changed
/// between two versions of a chapter. Long texts are compared in full; a chapter is hundreds of lines, not millions.
/// </summary>
public static class LineDiff
{
    public static IReadOnlyList<DiffLine> Compare(string? before, string? after)
    {
        var a = Lines(before);
        var b = Lines(after);
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }
        var result = new List<DiffLine>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                result.Add(new DiffLine(DiffKind.Same, a[x]));
                x++;
                y++;
            }
            else if (common[x + 1, y] >= common[x, y + 1])
            {
                result.Add(new DiffLine(DiffKind.Removed, a[x++]));
            }
            else
            {
                result.Add(new DiffLine(DiffKind.Added, b[y++]));
            }
        }
        result.AddRange(a[x..].Select(line => new DiffLine(DiffKind.Removed, line)));
        result.AddRange(b[y..].Select(line => new DiffLine(DiffKind.Added, line)));
        return result;
    }

    private static string[] Lines(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
