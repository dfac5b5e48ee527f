using ChildSafety.Bench.Generate.Loading;
using ChildSafety.Bench.Generate.Words;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Data;

namespace ChildSafety.Bench.Generate.Steps;

/// <summary>
/// The province's code of conduct with a new version each school year, one district in three adapting the current
/// one, and everyone's answers over three years: nearly all staff acknowledged past years, most the current one.
/// </summary>
public sealed class ConductStep : IGeneratorStep
{
    /// <summary>Share of covered people who acknowledged, by how many years ago the version came out.</summary>
    private static readonly float[] AcceptedShare = [0.85f, 0.95f, 0.97f];

    public string Name => "code of conduct";

    public async Task<long> RunAsync(Generation generation, CancellationToken cancellationToken)
    {
        var random = generation.FakerFor(Name).Random;
        var tree = generation.Tree;
        var admin = generation.People[0];
        var policies = new List<ConductPolicy>();
        var versions = new List<ConductVersion>();

        var template = new ConductPolicy { Id = 1, OrganizationId = tree.Province.Id, Title = "Quy tắc ứng xử trong cơ sở giáo dục", CreatedAt = Published(generation.Years[0]) };
        policies.Add(template);
        foreach (var (year, index) in generation.Years.Select((y, i) => (y, i)))
        {
            versions.Add(Version(versions.Count + 1, template.Id, index + 1, ConductTexts.Template(year), null, null, year.Starts.AddDays(14), Published(year), admin.Id));
        }
        var currentTemplate = versions[^1];

        var adapted = new Dictionary<int, ConductVersion>();
        foreach (var district in tree.Districts.Where((_, i) => i % 3 == 0))
        {
            var policy = new ConductPolicy { Id = policies.Count + 1, OrganizationId = district.Id, Title = $"Quy tắc ứng xử — {district.Name}", TemplateId = template.Id, CreatedAt = currentTemplate.PublishedAt!.Value.AddDays(10) };
            policies.Add(policy);
            var additions = ConductTexts.DistrictAdditions(district.Name);
            var version = Version(versions.Count + 1, policy.Id, 1, ConductPolicies.Combine(currentTemplate.Text, additions), additions, currentTemplate.Id,
                currentTemplate.EffectiveFrom.AddDays(21), policy.CreatedAt.AddDays(5), admin.Id);
            versions.Add(version);
            adapted[district.Id] = version;
        }

        var districtOf = tree.Schools.Where(s => s.ParentId != tree.Province.Id).ToDictionary(s => s.Id, s => s.ParentId!.Value);
        foreach (var district in tree.Districts)
        {
            districtOf[district.Id] = district.Id;
        }
        var acknowledgments = new List<Acknowledgment>();
        foreach (var person in generation.People.Where(p => p.IsActive))
        {
            for (var index = 0; index < generation.Years.Count; index++)
            {
                var version = versions[index];
                var isCurrent = index == generation.Years.Count - 1;
                if (isCurrent && districtOf.TryGetValue(person.OrganizationId, out var district) && adapted.TryGetValue(district, out var local))
                {
                    version = local;
                }
                // The bench administrator has always answered, so that the conduct gate lets the benchmarks through.
                if (random.Float() >= AcceptedShare[generation.Years.Count - 1 - index] && person != admin)
                {
                    continue;
                }
                var from = new DateTimeOffset(Later(version.EffectiveFrom, person.StartedOn).ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero);
                var at = from.AddHours(random.Double() * random.Double() * 24 * 60);
                if (at > generation.Now || person.StartedOn > generation.Years[index].Ends)
                {
                    continue;
                }
                acknowledgments.Add(new Acknowledgment
                {
                    Id = acknowledgments.Count + 1,
                    PersonId = person.Id,
                    OrganizationId = person.OrganizationId,
                    VersionId = version.Id,
                    ContentHash = version.ContentHash!,
                    Decision = random.Float() < 0.002f ? AcknowledgmentDecision.Declined : AcknowledgmentDecision.Accepted,
                    Method = AcknowledgmentMethod.Online,
                    At = at,
                    ClientAddress = $"10.{random.Int(0, 255)}.{random.Int(0, 255)}.{random.Int(1, 254)}",
                });
            }
        }

        await using var load = await BulkLoad.BeginAsync<TrainingDbContext>(generation.Services, cancellationToken);
        await load.AddAsync(policies, cancellationToken);
        await load.AddAsync(versions, cancellationToken);
        await load.AddAsync(acknowledgments, cancellationToken);
        return await load.CommitAsync(cancellationToken);
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateTimeOffset Published(Core.Text.SchoolYear year) => new(year.Starts.AddDays(9).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);

    private static ConductVersion Version(int id, int policyId, int number, string text, string? additions, int? templateVersionId, DateOnly effectiveFrom, DateTimeOffset publishedAt, Guid publishedBy) => new()
    {
        Id = id,
        PolicyId = policyId,
        Number = number,
        Text = text,
        Additions = additions,
        TemplateVersionId = templateVersionId,
        EffectiveFrom = effectiveFrom,
        Audience = PositionSet.Everyone,
        State = ConductVersionState.Published,
        ContentHash = ConductHash.Of(text),
        PublishedAt = publishedAt,
        PublishedById = publishedBy,
        UpdatedAt = publishedAt,
    };
}
