using ChildSafety.Content.Items;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ChildSafety.Content.Demo;

/// <summary>
/// A content file: YAML front matter between "---" lines, then the Markdown body. Bad files are content errors
/// found at start-up in Development, so they throw with the file's name rather than being skipped silently.
/// </summary>
public sealed class ContentFile
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public ContentType Type { get; set; }

    public string Title { get; set; } = "";

    public string? Slug { get; set; }

    public string Summary { get; set; } = "";

    public List<string> Topics { get; set; } = [];

    public List<string> Audience { get; set; } = [];

    public int Order { get; set; }

    public string Locale { get; set; } = "vi";

    /// <summary>Code of the owning organization; the province office when absent.</summary>
    public string? Owner { get; set; }

    public string? CoverImage { get; set; }

    [YamlIgnore]
    public string Body { get; set; } = "";

    public static ContentFile Parse(string text, string name)
    {
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!normalized.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw new FormatException($"{name}: the file must start with YAML front matter between '---' lines.");
        }
        var end = normalized.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        if (end < 0)
        {
            throw new FormatException($"{name}: the front matter has no closing '---' line.");
        }
        ContentFile? file;
        try
        {
            file = Yaml.Deserialize<ContentFile>(normalized[4..end]);
        }
        catch (YamlException e)
        {
            throw new FormatException($"{name}: {e.Message}", e);
        }
        if (file is null)
        {
            throw new FormatException($"{name}: empty front matter.");
        }
        file.Body = normalized[(end + 5)..].Trim() + "\n";
        return file;
    }

    public ContentDraft ToDraft() => new(
        Type, Title, Slug, Summary, Body, CoverImage, Topics,
        Audience.Select(ParseAudience).Aggregate(Items.Audience.None, (all, one) => all | one), Order, Locale);

    private static Audience ParseAudience(string value) => value.Trim().ToLowerInvariant() switch
    {
        "pupils" => Items.Audience.Pupils,
        "parents" => Items.Audience.Parents,
        "staff" => Items.Audience.Staff,
        _ => throw new FormatException($"Unknown audience '{value}'; use pupils, parents or staff."),
    };
}
