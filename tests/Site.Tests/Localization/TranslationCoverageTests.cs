using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ChildSafety.Site.Tests.Localization;

/// <summary>
/// Vietnamese text is the localizer key everywhere; each project keeps the English in its one *Text.en.resx.
/// A key without an English entry would show Vietnamese to an English reader, so every key must have one.
/// </summary>
public partial class TranslationCoverageTests
{
    public static TheoryData<string> Projects() => new(ProjectFolders().Select(p => Path.GetRelativePath(RepositoryRoot(), p)));

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_text_shown_to_users_has_an_English_translation(string project)
    {
        var folder = Path.Combine(RepositoryRoot(), project);
        var resx = Directory.GetFiles(folder, "*Text.en.resx", SearchOption.TopDirectoryOnly).Single();
        var translated = XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

        var missing = SourceFiles(folder)
            .SelectMany(file => LocalizedKey().Matches(File.ReadAllText(file)).Select(m => Regex.Unescape(m.Groups["key"].Value)))
            .Distinct()
            .Where(key => !translated.Contains(key))
            .ToList();

        Assert.True(missing.Count == 0, $"{Path.GetFileName(resx)} lacks English for:\n{string.Join("\n", missing)}");
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void No_two_keys_differ_only_by_case(string project)
    {
        // Resource names are case-insensitive when compiled: the second of "Trực tuyến" and "trực tuyến" is dropped
        // with a warning, and its text silently shows in Vietnamese.
        var resx = Directory.GetFiles(Path.Combine(RepositoryRoot(), project), "*Text.en.resx", SearchOption.TopDirectoryOnly).Single();
        var clashes = XDocument.Load(resx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)
            .GroupBy(name => name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ToList();

        Assert.True(clashes.Count == 0, $"{Path.GetFileName(resx)} has keys that differ only by case:\n{string.Join("\n", clashes)}");
    }

    private static IEnumerable<string> ProjectFolders() =>
        Directory.GetFiles(Path.Combine(RepositoryRoot(), "src"), "*Text.cs", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(RepositoryRoot(), "themes"), "*Text.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(Path.GetDirectoryName)
            .Distinct()!;

    private static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ChildSafety.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("The tests run from inside the repository.");
    }

    // T["…"], text["…"], Text["…"] and data-annotation ErrorMessage = "…"
    [GeneratedRegex("""(?:\b[Tt]ext\[|\bT\[|ErrorMessage = )"(?<key>(?:[^"\\]|\\.)*)""")]
    private static partial Regex LocalizedKey();
}
