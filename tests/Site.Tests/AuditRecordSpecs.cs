using System.Net;
using System.Text.Json;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Core.Text;
using ChildSafety.Site.Tests.Training;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Audit;
using ChildSafety.Training.Audit.Api;
using ChildSafety.Training.Certificates;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Curriculum;
using ChildSafety.Training.Data;
using ChildSafety.Training.Quizzes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests;

/// <summary>
/// The indicators counted from training and curriculum records (certificates, integration plans, online safety this
/// term, awareness activities), against a district built for the test and counted by hand.
/// </summary>
public abstract class AuditRecordSpecs(SiteServer server)
{
    private const string CourseA = "phong-chong-xam-hai-tre-em-cho-giao-vien";

    private const string CourseB = "an-toan-tren-moi-truong-mang";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [EngineFact]
    public async Task Certificates_count_people_holding_a_current_one_for_every_course_assigned_to_them()
    {
        var (district, secondary, primary, _) = await NewDistrictAsync();
        await AssignAsync(district, CourseA, PositionSet.Managers | PositionSet.Teachers);
        await AssignAsync(secondary, CourseB, PositionSet.Teachers);
        await AssignAsync(primary, CourseB, PositionSet.Teachers, withdrawn: true);

        var holdsBoth = await PersonAsync(secondary, Position.Teacher, "Giáo viên Đủ");
        var missingB = await PersonAsync(secondary, Position.Teacher, "Giáo viên Thiếu");
        var revoked = await PersonAsync(secondary, Position.Manager, "Hiệu trưởng Bị thu hồi");
        await PersonAsync(secondary, Position.Staff, "Nhân viên Không được giao");
        var expired = await PersonAsync(primary, Position.Teacher, "Giáo viên Hết hạn");
        var current = await PersonAsync(primary, Position.Teacher, "Giáo viên Còn hạn");
        await CertifyAsync(holdsBoth, secondary, CourseA);
        await CertifyAsync(holdsBoth, secondary, CourseB);
        await CertifyAsync(missingB, secondary, CourseA);
        await CertifyAsync(revoked, secondary, CourseA, revoked: true);
        await CertifyAsync(expired, primary, CourseA, expired: true);
        await CertifyAsync(current, primary, CourseA);

        using var province = await ProvinceAsync();
        // Five people are given a course (the staff member is not); two hold everything: the secondary teacher with A
        // and B, and the primary teacher with A, whose B was withdrawn.
        Assert.Equal((2, 5), (await IndicatorsAsync(province, district))["certificates"]);
        Assert.Equal((1, 3), (await IndicatorsAsync(province, secondary))["certificates"]);

        var drill = await province.GetAsync($"/audit/indicator/certificates?org={secondary.Id}");
        Assert.Equal(HttpStatusCode.OK, drill.Status);
        Assert.True(drill.Shows("Giáo viên Thiếu"), drill.Text);
        Assert.True(drill.Shows("Thiếu chứng nhận: An toàn"), drill.Text);
        Assert.False(drill.Shows("Nhân viên Không được giao"), drill.Text);

        var csv = await province.Raw.GetAsync(new Uri($"/audit/export.csv?table=entries&key=certificates&org={secondary.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Contains("Hiệu trưởng Bị thu hồi", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [EngineFact]
    public async Task Plans_online_safety_and_awareness_count_the_schools_that_recorded_them()
    {
        var (district, secondary, primary, preschool) = await NewDistrictAsync();
        var term = Term();
        // The preschool plans every topic suggested for its four groups; the others plan nearly nothing.
        await PlanAsync(preschool,
            ("sexual-abuse-prevention", -1), ("sexual-abuse-prevention", 0),
            ("self-protection", -3), ("self-protection", -2), ("self-protection", -1), ("self-protection", 0),
            ("hotline-111", 0), ("traffic-safety", -2), ("traffic-safety", -1), ("traffic-safety", 0));
        // The primary school taught online safety this term in grades 3–5; the secondary one in grade 6 only, and
        // merely planned it for grade 7.
        await PlanAsync(primary, EntryStatus.Taught, term, ("online-safety", 3), ("online-safety", 4), ("online-safety", 5));
        await PlanAsync(secondary, EntryStatus.Taught, term, ("online-safety", 6));
        await PlanAsync(secondary, EntryStatus.Planned, term, ("online-safety", 7));
        // One activity for both audiences, pupils only, and staff and pupils in two activities.
        await ActivityAsync(secondary, ActivityAudience.Staff | ActivityAudience.Pupils);
        await ActivityAsync(primary, ActivityAudience.Pupils);
        await ActivityAsync(primary, ActivityAudience.Parents);
        await ActivityAsync(preschool, ActivityAudience.Staff);
        await ActivityAsync(preschool, ActivityAudience.Pupils);

        using var province = await ProvinceAsync();
        var indicators = await IndicatorsAsync(province, district);
        Assert.Equal((1, 3), indicators["integration"]);
        Assert.Equal((1, 2), indicators["online-safety"]);
        Assert.Equal((2, 3), indicators["awareness"]);

        var gaps = await province.GetAsync($"/audit/indicator/online-safety?org={secondary.Id}");
        Assert.True(gaps.Shows($"Chưa dạy an toàn trên mạng trong học kỳ {term}"), gaps.Text);
        var awareness = await province.GetAsync($"/audit/indicator/awareness?org={primary.Id}");
        Assert.True(awareness.Shows("Chưa có hoạt động tuyên truyền cho cán bộ, giáo viên, nhân viên"), awareness.Text);
        var plan = await province.GetAsync($"/audit/indicator/integration?org={secondary.Id}");
        Assert.True(plan.Shows("chưa có bài học trong năm học"), plan.Text);
    }

    private async Task<(Organization District, Organization Secondary, Organization Primary, Organization Preschool)> NewDistrictAsync()
    {
        var province = await server.OrganizationAsync("SGD-BM");
        var district = await new OrganizationBuilder(server).District().Under(province).CreateAsync();
        var secondary = await new OrganizationBuilder(server).School().Under(district).CreateAsync();
        var primary = await new OrganizationBuilder(server).School(SchoolLevel.Primary).Under(district).CreateAsync();
        var preschool = await new OrganizationBuilder(server).School(SchoolLevel.Preschool).Under(district).CreateAsync();
        return (district, secondary, primary, preschool);
    }

    private Task<Person> PersonAsync(Organization organization, Position position, string name) =>
        new PersonBuilder(server).In(organization.Code).As(position).Named(name).CreateAsync();

    private async Task<SiteClient> ProvinceAsync()
    {
        var client = server.CreateClient();
        await client.SignInAsync(DemoAccounts.ProvinceOfficer);
        return client;
    }

    private TimeProvider Clock => server.Services.GetRequiredService<TimeProvider>();

    private int Term() => AuditPeriod.Of(SchoolYear.Current(Clock), Clock).Term;

    private async Task WriteAsync(Func<TrainingDbContext, DateTimeOffset, Task> write)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        await write(db, Clock.GetUtcNow());
        await db.SaveChangesAsync();
        await scope.ServiceProvider.EvictLiveAssignmentsAsync();
    }

    private Task AssignAsync(Organization organization, string course, PositionSet positions, bool withdrawn = false) =>
        WriteAsync(async (db, now) => db.Assignments.Add(new Assignment
        {
            CourseId = await db.Courses.Where(c => c.Slug == course).Select(c => c.Id).SingleAsync(),
            OrganizationId = organization.Id,
            OrganizationPath = organization.Path,
            Positions = positions,
            DueOn = VietnamTime.Today(Clock).AddDays(30),
            AssignedOn = VietnamTime.Today(Clock).AddDays(-1),
            CreatedAt = now,
            UpdatedAt = now,
            WithdrawnAt = withdrawn ? now.AddHours(-1) : null,
        }));

    private Task CertifyAsync(Person person, Organization organization, string course, bool revoked = false, bool expired = false) =>
        WriteAsync(async (db, now) =>
        {
            var version = await db.CourseVersions.Where(v => v.Course!.Slug == course).OrderByDescending(v => v.Number).FirstAsync();
            var takenAt = expired ? now.AddMonths(-version.ValidityMonths).AddDays(-2) : now.AddDays(-2);
            var attempt = new QuizAttempt
            {
                PersonId = person.Id, OrganizationId = organization.Id, CourseId = version.CourseId, CourseVersionId = version.Id,
                Number = 1, StartedAt = takenAt, SubmittedAt = takenAt, Score = 100, Passed = true,
            };
            db.QuizAttempts.Add(attempt);
            await db.SaveChangesAsync();
            db.Certificates.Add(new Certificate
            {
                Serial = CertificateSerial.New(takenAt), PersonId = person.Id, CourseId = version.CourseId, CourseVersionId = version.Id,
                AttemptId = attempt.Id, OrganizationId = organization.Id, OrganizationPath = organization.Path,
                IssuedAt = takenAt, ExpiresAt = Recertification.ExpiryOf(takenAt, version.ValidityMonths),
                RevokedAt = revoked ? now.AddHours(-1) : null,
            });
        });

    private Task PlanAsync(Organization school, params (string Topic, int Grade)[] cells) => PlanAsync(school, EntryStatus.Planned, 1, cells);

    private Task PlanAsync(Organization school, EntryStatus status, int term, params (string Topic, int Grade)[] cells) =>
        WriteAsync((db, now) =>
        {
            db.IntegrationEntries.AddRange(cells.Select(c => new IntegrationEntry
            {
                Id = Guid.NewGuid(), OrganizationId = school.Id, SchoolYear = SchoolYear.Current(Clock).ToString(),
                Grade = c.Grade, Subject = "Hoạt động trải nghiệm", TopicCode = c.Topic, Lesson = $"Bài {c.Topic} {c.Grade} {term}",
                Periods = 1, Term = term, Status = status, CreatedAt = now, UpdatedAt = now,
            }));
            return Task.CompletedTask;
        });

    private Task ActivityAsync(Organization school, ActivityAudience audience) =>
        WriteAsync((db, now) =>
        {
            var today = VietnamTime.Today(Clock);
            db.AwarenessActivities.Add(new AwarenessActivity
            {
                Id = Guid.NewGuid(), OrganizationId = school.Id, SchoolYear = SchoolYear.Of(today).ToString(), Date = today,
                Kind = ActivityKind.Assembly, Audience = audience, Participants = 100, Title = $"Tuyên truyền {audience}", Topics = "school-violence",
                CreatedAt = now, UpdatedAt = now,
            });
            return Task.CompletedTask;
        });

    private static async Task<Dictionary<string, (int, int)>> IndicatorsAsync(SiteClient client, Organization organization)
    {
        var response = await client.Raw.GetAsync(new Uri($"/api/v1/indicators?org={organization.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonSerializer.Deserialize<IndicatorsJson>(await response.Content.ReadAsStringAsync(), Json)!;
        return body.Indicators.ToDictionary(i => i.Key, i => (i.Numerator, i.Denominator));
    }
}

public sealed class AuditRecordsOnSqlite(SqliteSite server) : AuditRecordSpecs(server), IClassFixture<SqliteSite>;

public sealed class AuditRecordsOnPostgres(PostgresSite server) : AuditRecordSpecs(server), IClassFixture<PostgresSite>;
