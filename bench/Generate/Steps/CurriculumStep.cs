using ChildSafety.Bench.Generate.Loading;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Core.Text;
using ChildSafety.Core.Topics;
using ChildSafety.Training.Curriculum;
using ChildSafety.Training.Data;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Bench.Generate.Steps;

/// <summary>
/// Every school's integration plans for the three years — most suggested topics of each grade it teaches, online
/// safety once a term — taught in past years and past terms, planned ahead; one school in eight leaves real gaps.
/// And the awareness activities schools hold: Youth Month in March, Children's Action Month in June, the opening of
/// the year, a parents' meeting.
/// </summary>
public sealed class CurriculumStep : IGeneratorStep
{
    private const string OnlineSafety = "online-safety";

    public string Name => "curriculum and activities";

    public async Task<long> RunAsync(Generation generation, CancellationToken cancellationToken)
    {
        var random = generation.FakerFor(Name).Random;
        var topics = generation.Services.GetRequiredService<TopicCatalog>().All;
        var teachers = generation.People.Where(p => p.IsActive && p.Position == Position.Teacher).GroupBy(p => p.OrganizationId).ToDictionary(g => g.Key, g => g.ToArray());
        var today = DateOnly.FromDateTime(generation.Now.UtcDateTime);
        var entries = new List<IntegrationEntry>();
        var activities = new List<AwarenessActivity>();

        foreach (var school in generation.Tree.Schools)
        {
            var grades = Grades.TaughtBy(school.Kind, school.Level);
            var lagging = random.Float() < 0.125f;
            foreach (var year in generation.Years)
            {
                foreach (var grade in grades)
                {
                    var subjects = Subjects.Of(Grades.LevelOf(grade));
                    foreach (var topic in topics.Where(t => t.SuggestedGrades.Contains(grade)))
                    {
                        foreach (var term in topic.Code == OnlineSafety ? [1, 2] : new[] { random.Int(1, 2) })
                        {
                            if (random.Float() >= (lagging ? 0.5f : 0.92f))
                            {
                                continue;
                            }
                            var taughtBy = TermEnds(year, term);
                            var status = taughtBy <= today || taughtBy.AddMonths(-3) <= today && random.Bool() ? EntryStatus.Taught : EntryStatus.Planned;
                            var planned = Moment(year.Starts.AddDays(random.Int(5, 30)));
                            entries.Add(new IntegrationEntry
                            {
                                Id = random.Guid(),
                                OrganizationId = school.Id,
                                SchoolYear = year.ToString(),
                                Grade = grade,
                                Subject = random.Bool(0.8f) ? random.ArrayElement(subjects.ToArray()) : random.ArrayElement(Subjects.Activities.ToArray()),
                                TopicCode = topic.Code,
                                Lesson = $"{topic.Name} — {Grades.Code(grade)}",
                                Periods = random.Int(1, 2),
                                Term = term,
                                Status = status,
                                TeacherId = teachers.TryGetValue(school.Id, out var staff) ? random.ArrayElement(staff).Id : null,
                                EvidenceUrl = status == EntryStatus.Taught && random.Bool(0.4f) ? $"https://{generation.Tree.Domain}/minh-chung/{school.Code}/{random.Int(1, 9999)}" : null,
                                CreatedAt = planned,
                                UpdatedAt = status == EntryStatus.Taught ? Moment(Earlier(taughtBy, today)) : planned,
                            });
                        }
                    }
                }
                foreach (var (kind, audience, day, title) in Occasions(year))
                {
                    var held = Earlier(day.AddDays(random.Int(0, 10)), today);
                    if (day > today || random.Float() >= (lagging ? 0.4f : 0.9f))
                    {
                        continue;
                    }
                    activities.Add(new AwarenessActivity
                    {
                        Id = random.Guid(),
                        OrganizationId = school.Id,
                        SchoolYear = year.ToString(),
                        Date = held,
                        Kind = kind,
                        Audience = audience,
                        Participants = audience.HasFlag(ActivityAudience.Pupils) ? random.Int(100, 1200) : random.Int(20, 300),
                        Title = title,
                        Topics = TopicCodes.Join(random.ArrayElements(topics.Select(t => t.Code).ToArray(), random.Int(1, 3))),
                        CreatedAt = Moment(held),
                        UpdatedAt = Moment(held),
                    });
                }
            }
        }

        await using var load = await BulkLoad.BeginAsync<TrainingDbContext>(generation.Services, cancellationToken);
        await load.AddAsync(entries, cancellationToken);
        await load.AddAsync(activities, cancellationToken);
        return await load.CommitAsync(cancellationToken);
    }

    private static IEnumerable<(ActivityKind, ActivityAudience, DateOnly, string)> Occasions(SchoolYear year) =>
    [
        (ActivityKind.Assembly, ActivityAudience.Pupils | ActivityAudience.Staff, year.Starts.AddDays(5), "Chào cờ đầu năm: an toàn trường học"),
        (ActivityKind.ParentsMeeting, ActivityAudience.Parents, year.Starts.AddDays(25), "Họp cha mẹ học sinh: kênh báo tin và Tổng đài 111"),
        (ActivityKind.StaffTraining, ActivityAudience.Staff, year.Starts.AddDays(40), "Sinh hoạt chuyên môn về phòng, chống xâm hại"),
        (ActivityKind.Contest, ActivityAudience.Pupils, new DateOnly(year.StartYear + 1, 3, 10), "Tháng Thanh niên: cuộc thi an toàn trên mạng"),
        (ActivityKind.PosterCampaign, ActivityAudience.Pupils | ActivityAudience.Parents, new DateOnly(year.StartYear + 1, 6, 1), "Tháng hành động vì trẻ em"),
    ];

    private static DateOnly TermEnds(SchoolYear year, int term) => term == 1 ? new DateOnly(year.StartYear + 1, 1, 15) : new DateOnly(year.StartYear + 1, 5, 25);

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateTimeOffset Moment(DateOnly day) => new(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
}
