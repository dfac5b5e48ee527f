using ChildSafety.Bench.Generate.Loading;
using ChildSafety.Bench.Generate.Words;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Training.Commitments;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Data;

namespace ChildSafety.Bench.Generate.Steps;

/// <summary>
/// Every school's family commitment for each of the three years, and for the current year the invitations of two
/// classes per school, about three in four already signed.
/// </summary>
public sealed class CommitmentStep : IGeneratorStep
{
    private const int ClassesPerSchool = 2;
    private const int PupilsPerClass = 25;

    public string Name => "family commitments";

    public async Task<long> RunAsync(Generation generation, CancellationToken cancellationToken)
    {
        var random = generation.FakerFor(Name).Random;
        var headOf = generation.People.Where(p => p.Position == Position.Manager).GroupBy(p => p.OrganizationId).ToDictionary(g => g.Key, g => g.First().Id);
        var commitments = new List<FamilyCommitment>();
        var invitations = new List<CommitmentInvitation>();
        foreach (var school in generation.Tree.Schools.Where(s => s.Kind == OrganizationKind.School))
        {
            foreach (var year in generation.Years)
            {
                var text = ConductTexts.Commitment(school.Name, year);
                var commitment = new FamilyCommitment
                {
                    Id = commitments.Count + 1,
                    OrganizationId = school.Id,
                    SchoolYear = year.ToString(),
                    Title = $"Cam kết giữa gia đình và nhà trường năm học {year}",
                    Text = text,
                    ContentHash = ConductHash.Of(text),
                    PublishedAt = new DateTimeOffset(year.Starts.AddDays(random.Int(20, 45)).ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero),
                    PublishedById = headOf.GetValueOrDefault(school.Id, generation.People[0].Id),
                };
                commitments.Add(commitment);
                if (year == generation.Years[^1] && commitment.PublishedAt < generation.Now)
                {
                    Invite(random, generation, school, commitment, invitations);
                }
            }
        }

        await using var load = await BulkLoad.BeginAsync<TrainingDbContext>(generation.Services, cancellationToken);
        await load.AddAsync(commitments, cancellationToken);
        await load.AddAsync(invitations, cancellationToken);
        return await load.CommitAsync(cancellationToken);
    }

    private static void Invite(Bogus.Randomizer random, Generation generation, Organization school, FamilyCommitment commitment, List<CommitmentInvitation> invitations)
    {
        var grades = school.Level switch
        {
            SchoolLevel.Preschool => new[] { "Mầm", "Chồi", "Lá" },
            SchoolLevel.Primary => ["1", "2", "3", "4", "5"],
            SchoolLevel.UpperSecondary => ["10", "11", "12"],
            _ => ["6", "7", "8", "9"],
        };
        for (var c = 0; c < ClassesPerSchool; c++)
        {
            var className = $"{random.ArrayElement(grades)}{(char)('A' + c)}";
            for (var p = 0; p < PupilsPerClass; p++)
            {
                var pupil = PersonNames.Next(random, 0.5f);
                var created = commitment.PublishedAt.AddDays(random.Int(0, 7));
                var signed = random.Float() < 0.75f ? created.AddHours(random.Double() * 24 * 20) : (DateTimeOffset?)null;
                if (signed > generation.Now)
                {
                    signed = null;
                }
                invitations.Add(new CommitmentInvitation
                {
                    Id = invitations.Count + 1,
                    CommitmentId = commitment.Id,
                    ClassName = className,
                    PupilName = pupil.Full,
                    TokenHash = CommitmentToken.Hash(random.Hexadecimal(32, "")),
                    CreatedAt = created,
                    SignedAt = signed,
                    SignerName = signed is null ? null : PersonNames.Next(random, 0.6f).Full,
                    Method = signed is null ? null : AcknowledgmentMethod.Online,
                });
            }
        }
    }
}
