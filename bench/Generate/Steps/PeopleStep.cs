using ChildSafety.Bench.Generate.Loading;
using ChildSafety.Bench.Generate.Words;
using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Bench.Generate.Steps;

/// <summary>
/// Staff as Identity users, filled in as Identity itself would (normalized names, stamps, lockout), with roles:
/// officers in the offices, an administrator for each school, and <c>admin@bench.edu.vn</c> for the benchmarks.
/// Everyone shares one password hash, computed once: hashing 150,000 passwords would take hours.
/// </summary>
public sealed class PeopleStep : IGeneratorStep
{
    /// <summary>The password of every generated account.</summary>
    public const string Password = "ChildSafety!2026";

    public const string AdminEmail = "admin@bench.edu.vn";

    private const int ProvinceOfficeStaff = 40;
    private const int DistrictOfficeStaff = 12;

    public string Name => "people and roles";

    public async Task<long> RunAsync(Generation generation, CancellationToken cancellationToken)
    {
        var random = generation.FakerFor(Name).Random;
        var faker = generation.FakerFor(Name + " phones");
        var tree = generation.Tree;
        var normalizer = new UpperInvariantLookupNormalizer();
        var factory = new PersonFactory(generation, random, faker, normalizer);

        var admin = factory.New(tree.Province, Position.Manager, new PersonName("Quản", "Trị", "Hệ Thống"), AdminEmail);
        admin.StartedOn = generation.Years[0].Starts.AddYears(-5);
        admin.PasswordHash = new PasswordHasher<Person>().HashPassword(admin, Password);
        factory.SharedHash = admin.PasswordHash;

        var people = new List<Person>(generation.Options.Staff) { admin };
        var roles = new List<(Person Person, string Role)> { (admin, Roles.Administrator), (admin, Roles.ProvinceOfficer) };
        foreach (var person in factory.Office(tree.Province, ProvinceOfficeStaff))
        {
            people.Add(person);
            roles.Add((person, person.Position == Position.Manager ? Roles.ProvinceOfficer : Roles.Staff));
        }
        foreach (var district in tree.Districts)
        {
            foreach (var person in factory.Office(district, DistrictOfficeStaff))
            {
                people.Add(person);
                roles.Add((person, Roles.DistrictOfficer));
            }
        }

        var weights = tree.Schools.Select(s => SizeOf(s) * (0.6 + (random.Double() * 0.8))).ToList();
        var remaining = Math.Max(generation.Options.Staff - people.Count, tree.Schools.Count);
        var totalWeight = weights.Sum();
        for (var i = 0; i < tree.Schools.Count; i++)
        {
            var school = tree.Schools[i];
            var size = Math.Max(1, (int)Math.Round(remaining * weights[i] / totalWeight));
            var first = true;
            foreach (var person in factory.School(school, size))
            {
                people.Add(person);
                roles.Add((person, Roles.Staff));
                if (first)
                {
                    roles.Add((person, Roles.SchoolAdmin));
                    first = false;
                }
            }
        }
        generation.People = people;

        await using var load = await BulkLoad.BeginAsync<CoreDbContext>(generation.Services, cancellationToken);
        var roleIds = await load.Db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        await load.AddAsync(people, cancellationToken);
        await load.AddAsync([.. roles.Select(r => new IdentityUserRole<Guid> { UserId = r.Person.Id, RoleId = roleIds[r.Role] })], cancellationToken);
        return await load.CommitAsync(cancellationToken);
    }

    /// <summary>Relative staff size: upper-secondary schools are the largest, kindergartens and centres the smallest.</summary>
    private static double SizeOf(Organization school) => school.Level switch
    {
        SchoolLevel.Preschool => 1.0,
        SchoolLevel.Primary => 1.3,
        SchoolLevel.LowerSecondary => 1.5,
        SchoolLevel.UpperSecondary => 2.6,
        SchoolLevel.MultiLevel => 1.8,
        _ => 0.8,
    };
}
