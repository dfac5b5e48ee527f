using ChildSafety.Bench.Generate.Loading;
using ChildSafety.Bench.Generate.Words;
using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.Text;

namespace ChildSafety.Bench.Generate.Steps;

/// <summary>
/// The tree: one province office, about one district office per hundred schools, and the schools — kindergartens,
/// primary and lower-secondary under the districts; upper-secondary, multi-level schools and centres directly under
/// the province, as the decentralisation rules place them.
/// </summary>
public sealed class OrganizationStep : IGeneratorStep
{
    private static readonly (SchoolLevel? Level, float Weight)[] Mix =
    [
        (SchoolLevel.Preschool, 35f), (SchoolLevel.Primary, 33f), (SchoolLevel.LowerSecondary, 25f),
        (SchoolLevel.UpperSecondary, 4.5f), (SchoolLevel.MultiLevel, 1f), (null, 1.5f),
    ];

    public string Name => "organizations";

    public async Task<long> RunAsync(Generation generation, CancellationToken cancellationToken)
    {
        var faker = generation.FakerFor(Name);
        var random = faker.Random;
        var created = generation.Now.AddYears(-4);
        var nextId = 1;

        var provinceName = random.ArrayElement(PlaceNames.Provinces);
        var province = new Organization
        {
            Id = nextId++,
            Name = $"Sở Giáo dục và Đào tạo tỉnh {provinceName}",
            Code = "SGD",
            Kind = OrganizationKind.Province,
            CreatedAt = created,
        };
        province.Path = OrganizationPath.Root(province.Id);

        var districtCount = Math.Clamp((int)Math.Round(generation.Options.Schools / 100.0), 1, 60);
        var districts = new List<(Organization Office, string Place)>();
        for (var i = 0; i < districtCount; i++)
        {
            var place = PlaceNames.Districts[i % PlaceNames.Districts.Length] + (i < PlaceNames.Districts.Length ? "" : $" {(i / PlaceNames.Districts.Length) + 1}");
            var office = Child(province, nextId++, $"Phòng Giáo dục và Đào tạo {random.ArrayElement(PlaceNames.DistrictKinds)} {place}", $"PGD-{i + 1:00}", OrganizationKind.District, null, created);
            districts.Add((office, place));
        }

        var schools = new List<Organization>();
        var numbers = new Dictionary<string, int>();
        for (var i = 0; i < generation.Options.Schools; i++)
        {
            var (level, _) = random.WeightedRandom(Mix, [.. Mix.Select(m => m.Weight)]);
            var underDistrict = level is SchoolLevel.Preschool or SchoolLevel.Primary or SchoolLevel.LowerSecondary;
            var (office, place) = random.ListItem(districts);
            var parent = underDistrict ? office : province;
            var prefix = (level is { } l ? SchoolLevels.Code(l) : "TT") + (underDistrict ? office.Code[3..] : "");
            numbers[prefix] = numbers.GetValueOrDefault(prefix) + 1;
            var code = $"{prefix}-{numbers[prefix]:000}";
            var kind = level is null ? OrganizationKind.Centre : OrganizationKind.School;
            schools.Add(Child(parent, nextId++, SchoolName(random, level, place), code, kind, level, created));
        }

        var domain = Folding.Fold(provinceName).Replace(" ", "", StringComparison.Ordinal) + ".edu.vn";
        generation.Tree = new ProvinceTree(province, domain, [.. districts.Select(d => d.Office)], schools);

        await using var load = await BulkLoad.BeginAsync<CoreDbContext>(generation.Services, cancellationToken);
        await load.AddAsync(generation.Tree.All.ToList(), cancellationToken);
        return await load.CommitAsync(cancellationToken);
    }

    private static Organization Child(Organization parent, int id, string name, string code, OrganizationKind kind, SchoolLevel? level, DateTimeOffset created) => new()
    {
        Id = id,
        Name = name,
        Code = code,
        Kind = kind,
        Level = level,
        ParentId = parent.Id,
        Path = OrganizationPath.Child(parent.Path, id),
        CreatedAt = created,
    };

    private static string SchoolName(Bogus.Randomizer random, SchoolLevel? level, string place) => level switch
    {
        SchoolLevel.Preschool => $"Trường Mầm non {random.ArrayElement(random.Bool() ? PlaceNames.Kindergartens : PlaceNames.Communes)}",
        SchoolLevel.Primary => $"Trường Tiểu học {Namesake(random)}",
        SchoolLevel.LowerSecondary => $"Trường THCS {Namesake(random)}",
        SchoolLevel.UpperSecondary => $"Trường THPT {Namesake(random)}",
        SchoolLevel.MultiLevel => $"Trường TH và THCS {Namesake(random)}",
        _ => $"Trung tâm GDNN - GDTX {place}",
    };

    private static string Namesake(Bogus.Randomizer random) =>
        random.ArrayElement(random.Float() < 0.6f ? PlaceNames.Namesakes : PlaceNames.Communes);
}
