using ChildSafety.Core.Data;
using ChildSafety.Core.Modules;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ChildSafety.Training.Conduct;

/// <summary>
/// Publishes the demo codes of conduct from <c>content/conduct.yml</c> and records that everyone but the listed
/// people accepted the version in force, so that the gate and the reports have something true to show.
/// </summary>
internal sealed class ConductDemoContent(TrainingDbContext db, CoreDbContext core, ConductInForce inForce, TimeProvider clock) : IDemoContent
{
    public int Order => 100;

    public async Task LoadAsync(string contentFolder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(contentFolder, "conduct.yml");
        if (!File.Exists(path) || await db.ConductPolicies.AnyAsync(cancellationToken))
        {
            return;
        }
        var file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<ConductFile>(await File.ReadAllTextAsync(path, cancellationToken));
        var organizations = await core.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Code, o => o.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var policiesByOrganization = new Dictionary<string, ConductPolicy>();

        foreach (var entry in file.Policies)
        {
            var template = entry.Template is null ? null : policiesByOrganization[entry.Template].Versions.Single();
            var text = template is null ? entry.Text!.Trim() : ConductPolicies.Combine(template.Text, entry.Additions ?? "");
            var policy = new ConductPolicy
            {
                OrganizationId = organizations[entry.Organization],
                Title = entry.Title,
                TemplateId = template?.PolicyId,
                CreatedAt = now,
                Versions =
                [
                    new ConductVersion
                    {
                        Number = 1,
                        Text = text,
                        Additions = entry.Additions?.Trim(),
                        TemplateVersionId = template?.Id,
                        EffectiveFrom = entry.Effective,
                        Audience = entry.Audience.Count == 0 ? PositionSet.Everyone : entry.Audience.Aggregate(PositionSet.None, (set, p) => set | PositionSets.Of(Enum.Parse<Position>(p, ignoreCase: true))),
                        State = ConductVersionState.Published,
                        ContentHash = ConductHash.Of(text),
                        PublishedAt = now,
                        UpdatedAt = now,
                    },
                ],
            };
            db.ConductPolicies.Add(policy);
            await db.SaveChangesAsync(cancellationToken);
            policiesByOrganization[entry.Organization] = policy;
        }

        var pending = file.Pending.Select(e => e.ToUpperInvariant()).ToHashSet();
        var people = await core.Users.AsNoTracking()
            .Where(p => p.IsActive)
            .Select(p => new { p.Id, p.NormalizedEmail, p.OrganizationId, p.Organization!.Path, p.Position })
            .ToListAsync(cancellationToken);
        foreach (var person in people.Where(p => !pending.Contains(p.NormalizedEmail!)))
        {
            if (await inForce.ForAsync(person.Path, person.Position, cancellationToken) is { } version)
            {
                db.Acknowledgments.Add(new Acknowledgment
                {
                    PersonId = person.Id,
                    OrganizationId = person.OrganizationId,
                    VersionId = version.VersionId,
                    ContentHash = version.ContentHash,
                    Decision = AcknowledgmentDecision.Accepted,
                    Method = AcknowledgmentMethod.Online,
                    At = now,
                });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed class ConductFile
    {
        public List<PolicyEntry> Policies { get; set; } = [];

        public List<string> Pending { get; set; } = [];
    }

    private sealed class PolicyEntry
    {
        public string Organization { get; set; } = "";

        public string? Template { get; set; }

        public string Title { get; set; } = "";

        public DateOnly Effective { get; set; }

        public List<string> Audience { get; set; } = [];

        public string? Text { get; set; }

        public string? Additions { get; set; }
    }
}
