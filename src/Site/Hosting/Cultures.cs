using System.Globalization;

namespace ChildSafety.Site.Hosting;

/// <summary>Vietnamese first, English second.</summary>
public static class Cultures
{
    public const string Default = "vi";

    public static IReadOnlyList<CultureInfo> Supported { get; } = [new("vi"), new("en")];

    public static bool IsSupported(string? name) =>
        name is not null && Supported.Any(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
