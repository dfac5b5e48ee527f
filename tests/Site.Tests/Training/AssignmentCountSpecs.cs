using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Core.Reminders;
using ChildSafety.Core.Text;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Certificates;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Data;
using ChildSafety.Training.Learning;
using ChildSafety.Training.Quizzes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Training;

/// <summary>
/// The officers' list counts its assignments in the database and the reminders read their deadlines part by part;
/// both must agree with the standing of each person worked out one by one (<see cref="Assignments.PeopleAsync"/>).
/// One district is built for each spec with what the SQL could get wrong: several assignments covering one person,
/// due dates counted from a start, revoked and expired certificates, a withdrawn assignment, level filters, an office
/// no level filter admits, and an inactive person.
/// </summary>
public abstract class AssignmentCountSpecs(SiteServer server)
{
    private const string CourseA = "phong-chong-xam-hai-tre-em-cho-giao-vien";

    private const string CourseB = "an-toan-tren-moi-truong-mang";

    private static readonly string[] LateOnTheDistrictCourse = ["manager", "staff", "office", "early", "recent", "newcomer"];

    private readonly Dictionary<string, Guid> _people = [];
    private readonly Dictionary<string, int> _courses = [];
    private Dictionary<int, (int, int, int)> _standings = [];

    private DateOnly Today => VietnamTime.Today(Clock);

    private TimeProvider Clock => server.Services.GetRequiredService<TimeProvider>();

    [EngineFact]
    public async Task Each_listed_assignment_counts_what_its_people_one_by_one_add_up_to()
    {
        var district = await NewDistrictAsync();

        var listed = await ListAsync(withdrawn: false);
        var withdrawn = await ListAsync(withdrawn: true);

        Assert.All(listed.Concat(withdrawn), row => Assert.Equal(_standings[row.Assignment.Id], (row.Assigned, row.Passed, row.Overdue)));
        var ours = listed.Concat(withdrawn).Where(r => r.Assignment.OrganizationPath.StartsWith(district.Path, StringComparison.Ordinal))
            .OrderBy(r => r.Assignment.Id).Select(r => (r.Assigned, r.Passed, r.Overdue));
        // By hand, in the order they were made: course A for the whole district covers its nine active people, one
        // certified and eight three days late; A for the secondary teachers, due in five days; B for primary teachers ten
        // days after starting finds two of three past it and the third certified; B for managers and staff thirty days
        // after starting, assigned two days ago, nobody late yet; the withdrawn A of the primary school; B for primary
        // schools only, made in the secondary school, covers no one.
        Assert.Equal([(9, 1, 8), (3, 1, 0), (3, 1, 2), (3, 0, 0), (3, 0, 3), (0, 0, 0)], ours);
    }

    [EngineFact]
    public async Task The_reminders_deadlines_are_the_latest_open_due_date_per_person_and_course()
    {
        await NewDistrictAsync();

        var deadlines = await DeadlinesAsync();

        Assert.Equal(await ExpectedDeadlinesAsync(), deadlines.Select(d => (d.PersonId, d.CourseId, d.DueOn, d.Late)).ToHashSet());
        // The secondary teachers without a valid certificate of A are due in five days (the later of their two dates),
        // not late; everyone else of the district without one is late on the district-wide A; B counted from starting
        // is late for two primary teachers; nobody is reminded of the withdrawn assignment or of B due in 28 days.
        var a = _courses[CourseA];
        var b = _courses[CourseB];
        (Guid, int, DateOnly, bool)[] expected =
        [
            (_people["revoked"], a, Today.AddDays(5), false),
            (_people["expired"], a, Today.AddDays(5), false),
            .. LateOnTheDistrictCourse.Select(key => (_people[key], a, Today.AddDays(-3), true)),
            (_people["early"], b, Today.AddDays(-20), true),
            (_people["recent"], b, Today.AddDays(-5), true),
        ];
        Assert.Equal(
            expected.OrderBy(d => d.ToString(), StringComparer.Ordinal),
            deadlines.Where(d => _people.ContainsValue(d.PersonId)).Select(d => (d.PersonId, d.CourseId, d.DueOn, d.Late)).OrderBy(d => d.ToString(), StringComparer.Ordinal));
    }

    [EngineFact]
    public async Task A_reminder_already_sent_is_no_longer_composed_by_the_assignments()
    {
        await NewDistrictAsync();
        var before = await AssignmentKeysAsync();
        Assert.Contains(before, k => k.Contains(_people["manager"].ToString(), StringComparison.Ordinal));

        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ReminderRun>().RunOnceAsync(CancellationToken.None);
        }

        Assert.Empty(await AssignmentKeysAsync());
    }

    /// <summary>
    /// A district with a secondary school, a primary school and its own office, its people and six assignments; then
    /// every listed assignment's standing worked out person by person, the reference the counts must meet.
    /// </summary>
    private async Task<Organization> NewDistrictAsync()
    {
        var province = await server.OrganizationAsync("SGD-BM");
        var district = await new OrganizationBuilder(server).District().Under(province).CreateAsync();
        var secondary = await new OrganizationBuilder(server).School().Under(district).CreateAsync();
        var primary = await new OrganizationBuilder(server).School(SchoolLevel.Primary).Under(district).CreateAsync();
        _courses[CourseA] = await CourseIdAsync(CourseA);
        _courses[CourseB] = await CourseIdAsync(CourseB);

        await PersonAsync("certified", secondary, Position.Teacher);
        await PersonAsync("revoked", secondary, Position.Teacher);
        await PersonAsync("expired", secondary, Position.Teacher);
        await PersonAsync("manager", secondary, Position.Manager);
        await PersonAsync("staff", secondary, Position.Staff);
        await PersonAsync("inactive", secondary, Position.Teacher);
        await PersonAsync("office", district, Position.Manager);
        await PersonAsync("early", primary, Position.Teacher, startedDaysAgo: 40);
        await PersonAsync("recent", primary, Position.Teacher, startedDaysAgo: 15);
        await PersonAsync("newcomer", primary, Position.Teacher, startedDaysAgo: 5);
        await DeactivateAsync("inactive");
        await CertifyAsync("certified", secondary, CourseA);
        await CertifyAsync("revoked", secondary, CourseA, revoked: true);
        await CertifyAsync("expired", secondary, CourseA, expired: true);
        await CertifyAsync("inactive", secondary, CourseA);
        await CertifyAsync("newcomer", primary, CourseB);

        await AssignAsync(district, CourseA, PositionSet.Everyone, SchoolLevelSet.Any, dueOn: Today.AddDays(-3));
        await AssignAsync(secondary, CourseA, PositionSet.Teachers, SchoolLevelSet.Any, dueOn: Today.AddDays(5));
        await AssignAsync(district, CourseB, PositionSet.Teachers, SchoolLevelSet.Primary, dueDays: 10, assignedDaysAgo: 30);
        await AssignAsync(district, CourseB, PositionSet.Managers | PositionSet.Staff, SchoolLevelSet.Any, dueDays: 30, assignedDaysAgo: 2);
        await AssignAsync(primary, CourseA, PositionSet.Everyone, SchoolLevelSet.Any, dueOn: Today.AddDays(-10), withdrawn: true);
        await AssignAsync(secondary, CourseB, PositionSet.Everyone, SchoolLevelSet.Primary, dueOn: Today.AddDays(-1));

        await using var scope = server.Services.CreateAsyncScope();
        var assignments = scope.ServiceProvider.GetRequiredService<Assignments>();
        var all = await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Assignments.AsNoTracking().ToListAsync();
        _standings = [];
        foreach (var assignment in all)
        {
            var people = await assignments.PeopleAsync(assignment, CancellationToken.None);
            _standings[assignment.Id] = (people.Count,
                people.Count(p => p.Status is TrainingStatus.Passed or TrainingStatus.ExpiringSoon),
                people.Count(p => p.Status == TrainingStatus.Overdue));
        }
        return district;
    }

    /// <summary>What the reminders read before: everyone each active assignment covers, not passed, latest date per person and course.</summary>
    private async Task<HashSet<(Guid, int, DateOnly, bool)>> ExpectedDeadlinesAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var assignments = scope.ServiceProvider.GetRequiredService<Assignments>();
        var lines = new List<(Guid PersonId, int CourseId, DateOnly DueOn)>();
        foreach (var assignment in await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Assignments.AsNoTracking().Where(a => a.WithdrawnAt == null).ToListAsync())
        {
            lines.AddRange((await assignments.PeopleAsync(assignment, CancellationToken.None))
                .Where(p => p.Status is not (TrainingStatus.Passed or TrainingStatus.ExpiringSoon))
                .Select(p => (p.Member.PersonId, assignment.CourseId, p.DueOn)));
        }
        return lines.GroupBy(l => (l.PersonId, l.CourseId)).Select(g => g.MaxBy(l => l.DueOn))
            .Where(l => l.DueOn <= Today.AddDays(7))
            .Select(l => (l.PersonId, l.CourseId, l.DueOn, l.DueOn < Today))
            .ToHashSet();
    }

    private async Task<List<Deadline>> DeadlinesAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var deadlines = new List<Deadline>();
        await foreach (var part in scope.ServiceProvider.GetRequiredService<AssignmentDeadlines>().OpenAsync(7, CancellationToken.None))
        {
            deadlines.AddRange(part);
        }
        return deadlines;
    }

    private async Task<List<string>> AssignmentKeysAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetServices<IReminderSource>().Single(s => s.GetType().Name == "AssignmentReminders");
        var keys = new List<string>();
        await foreach (var reminder in source.DueAsync(Clock.GetUtcNow(), CancellationToken.None))
        {
            keys.Add(reminder.Key);
        }
        return keys;
    }

    private async Task<IReadOnlyList<AssignmentRow>> ListAsync(bool withdrawn)
    {
        var administrator = await server.ScopeOfAsync(DemoAccounts.Administrator);
        await using var scope = server.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<Assignments>().ListAsync(administrator, null, withdrawn, 1, CancellationToken.None)).Rows;
    }

    private async Task PersonAsync(string key, Organization organization, Position position, int startedDaysAgo = 2000)
    {
        var person = await new PersonBuilder(server).In(organization.Code).As(position).Named($"Người {key}").CreateAsync();
        _people[key] = person.Id;
        await WithCoreAsync(async core =>
        {
            var stored = await core.Users.SingleAsync(p => p.Id == person.Id);
            stored.StartedOn = Today.AddDays(-startedDaysAgo);
        });
    }

    private Task DeactivateAsync(string key) =>
        WithCoreAsync(async core => (await core.Users.SingleAsync(p => p.Id == _people[key])).IsActive = false);

    private async Task WithCoreAsync(Func<CoreDbContext, Task> change)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var core = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        await change(core);
        await core.SaveChangesAsync();
    }

    private async Task WriteAsync(Func<TrainingDbContext, DateTimeOffset, Task> write)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        await write(db, Clock.GetUtcNow());
        await db.SaveChangesAsync();
        await scope.ServiceProvider.EvictLiveAssignmentsAsync();
    }

    private async Task<int> CourseIdAsync(string slug)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Courses.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();
    }

    private Task AssignAsync(Organization organization, string course, PositionSet positions, SchoolLevelSet levels,
        DateOnly? dueOn = null, int? dueDays = null, int assignedDaysAgo = 30, bool withdrawn = false) =>
        WriteAsync((db, now) =>
        {
            db.Assignments.Add(new Assignment
            {
                CourseId = _courses[course],
                OrganizationId = organization.Id,
                OrganizationPath = organization.Path,
                Positions = positions,
                Levels = levels,
                DueOn = dueOn,
                DueDaysAfterStart = dueDays,
                AssignedOn = Today.AddDays(-assignedDaysAgo),
                CreatedAt = now,
                UpdatedAt = now,
                WithdrawnAt = withdrawn ? now.AddHours(-1) : null,
            });
            return Task.CompletedTask;
        });

    private Task CertifyAsync(string key, Organization organization, string course, bool revoked = false, bool expired = false) =>
        WriteAsync(async (db, now) =>
        {
            var version = await db.CourseVersions.Where(v => v.CourseId == _courses[course]).OrderByDescending(v => v.Number).FirstAsync();
            var takenAt = expired ? now.AddMonths(-version.ValidityMonths).AddDays(-2) : now.AddDays(-2);
            var attempt = new QuizAttempt
            {
                PersonId = _people[key], OrganizationId = organization.Id, CourseId = version.CourseId, CourseVersionId = version.Id,
                Number = 1, StartedAt = takenAt, SubmittedAt = takenAt, Score = 100, Passed = true,
            };
            db.QuizAttempts.Add(attempt);
            await db.SaveChangesAsync();
            db.Certificates.Add(new Certificate
            {
                Serial = CertificateSerial.New(takenAt), PersonId = _people[key], CourseId = version.CourseId, CourseVersionId = version.Id,
                AttemptId = attempt.Id, OrganizationId = organization.Id, OrganizationPath = organization.Path,
                IssuedAt = takenAt, ExpiresAt = Recertification.ExpiryOf(takenAt, version.ValidityMonths),
                RevokedAt = revoked ? now.AddHours(-1) : null,
            });
        });
}

public sealed class AssignmentCountsOnSqlite(SqliteSite server) : AssignmentCountSpecs(server), IClassFixture<SqliteSite>;

public sealed class AssignmentCountsOnPostgres(PostgresSite server) : AssignmentCountSpecs(server), IClassFixture<PostgresSite>;
