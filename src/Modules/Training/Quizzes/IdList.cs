using System.Globalization;

namespace ChildSafety.Training.Quizzes;

/// <summary>Option ids kept as "4,2,9" in one column: the order matters and is read back whole.</summary>
public static class IdList
{
    public static string Format(IEnumerable<int> ids) => string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));

    public static IReadOnlyList<int> Parse(string? list) =>
        string.IsNullOrEmpty(list) ? [] : list.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
}
