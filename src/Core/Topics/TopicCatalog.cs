using ChildSafety.Core.Organizations;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ChildSafety.Core.Topics;

/// <summary>
/// The child-safety topics, read once at start-up from <c>content/topics.yml</c>. A file rather than a table: the
/// taxonomy is the directives', the same for every school and office, changed by a release rather than by users,
/// and both Content and Training need it before any database is migrated.
/// </summary>
public sealed class TopicCatalog
{
    public const string FileName = "topics.yml";

    private readonly Dictionary<string, Topic> _byCode;

    public TopicCatalog(IReadOnlyList<Topic> topics)
    {
        All = topics;
        _byCode = topics.ToDictionary(t => t.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<Topic> All { get; }

    public bool IsKnown(string? code) => code is not null && _byCode.ContainsKey(code);

    public Topic? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var topic) ? topic : null;

    /// <summary>The topic's name in the current UI language, or the code itself for a topic no longer listed.</summary>
    public string NameOf(string code) => Find(code)?.Title ?? code;

    /// <summary>Reads <see cref="FileName"/> from the content folder; a missing or malformed file stops the start.</summary>
    public static TopicCatalog Load(string contentFolder)
    {
        var path = Path.Combine(contentFolder, FileName);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The topic taxonomy {path} is missing; it ships in the content folder beside the binaries.");
        }
        return Parse(File.ReadAllText(path));
    }

    public static TopicCatalog Parse(string yaml)
    {
        var file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build().Deserialize<TopicsFile>(yaml);
        var topics = file.Topics.Select(entry => new Topic(
            entry.Code,
            entry.Name,
            entry.NameEn ?? entry.Name,
            entry.Description ?? "",
            entry.DescriptionEn ?? entry.Description ?? "",
            [.. entry.Grades.Select(ParseGrade).Order()])).ToList();
        if (topics.Count == 0 || topics.Select(t => t.Code).Distinct(StringComparer.Ordinal).Count() != topics.Count)
        {
            throw new InvalidOperationException($"{FileName} must list topics with distinct codes.");
        }
        return new TopicCatalog(topics);
    }

    private static int ParseGrade(string text) =>
        Grades.TryParse(text, out var grade) ? grade : throw new InvalidOperationException($"{FileName}: '{text}' is not a grade.");

    private sealed class TopicsFile
    {
        public List<TopicEntry> Topics { get; set; } = [];
    }

    private sealed class TopicEntry
    {
        public string Code { get; set; } = "";

        public string Name { get; set; } = "";

        public string? NameEn { get; set; }

        public string? Description { get; set; }

        public string? DescriptionEn { get; set; }

        public List<string> Grades { get; set; } = [];
    }
}
