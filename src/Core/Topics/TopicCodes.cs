namespace ChildSafety.Core.Topics;

/// <summary>Several topic codes in one column, ";a;b;", so that one LIKE '%;a;%' finds a row by topic on either engine.</summary>
public static class TopicCodes
{
    public static string Join(IEnumerable<string> codes) => ";" + string.Concat(codes.Distinct().Select(c => c + ";"));

    public static IReadOnlyList<string> Split(string stored) => stored.Split(';', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>What a stored column contains when it lists <paramref name="code"/>.</summary>
    public static string Marker(string code) => ";" + code + ";";
}
