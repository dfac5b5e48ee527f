using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ChildSafety.Site.Demo;

/// <summary>The shape of <c>content/organizations.yml</c>.</summary>
internal sealed class OrganizationsFile
{
    public List<OrganizationEntry> Organizations { get; set; } = [];

    public List<PersonEntry> People { get; set; } = [];

    public static OrganizationsFile Read(string path)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        return deserializer.Deserialize<OrganizationsFile>(File.ReadAllText(path));
    }

    internal sealed class OrganizationEntry
    {
        public string Code { get; set; } = "";

        public string Name { get; set; } = "";

        public string Kind { get; set; } = "";

        public string? Level { get; set; }

        public string? Parent { get; set; }

        public OrganizationKind ParsedKind => Enum.Parse<OrganizationKind>(Kind, ignoreCase: true);

        public SchoolLevel? ParsedLevel => Level is null ? null : SchoolLevels.FromCode(Level);
    }

    internal sealed class PersonEntry
    {
        public string Email { get; set; } = "";

        public string Name { get; set; } = "";

        public string Organization { get; set; } = "";

        public string Position { get; set; } = "";

        public List<string> Roles { get; set; } = [];

        public DateOnly Started { get; set; }

        public Position ParsedPosition => Enum.Parse<Position>(Position, ignoreCase: true);
    }
}
