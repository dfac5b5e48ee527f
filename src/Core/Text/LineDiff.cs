namespace ChildSafety.Core.Text;

/// <summary>What changed between two texts, line by line (longest common subsequence), for "what changed since" views.</summary>
public static class LineDiff
{
    public static IReadOnlyList<DiffLine> Compare(string? before, string? after)
    {
        var a = Split(before);
        var b = Split(after);
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }
        var lines = new List<DiffLine>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                lines.Add(new DiffLine(DiffKind.Same, a[x]));
                x++;
                y++;
            }
            else if (common[x + 1, y] >= common[x, y + 1])
            {
                lines.Add(new DiffLine(DiffKind.Removed, a[x++]));
            }
            else
            {
                lines.Add(new DiffLine(DiffKind.Added, b[y++]));
            }
        }
        lines.AddRange(a.Skip(x).Select(l => new DiffLine(DiffKind.Removed, l)));
        lines.AddRange(b.Skip(y).Select(l => new DiffLine(DiffKind.Added, l)));
        return lines;
    }

    private static string[] Split(string? text) => string.IsNullOrEmpty(text) ? [] : text.ReplaceLineEndings("\n").Split('\n');
}

public enum DiffKind
{
    Same = 0,
    Added = 1,
    Removed = 2,
}

public sealed record DiffLine(DiffKind Kind, string Text);
