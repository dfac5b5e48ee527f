using System.Net;
using System.Text.Json;
using ChildSafety.Core.Data;
using ChildSafety.Core.Figures;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using ChildSafety.Core.Text;
using ChildSafety.Site.Roster;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Audit.Api;
using ChildSafety.Training.Audit.Indicators;
using ChildSafety.Training.Certificates;
using ChildSafety.Training.Commitments;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Curriculum;
using ChildSafety.Training.Data;
using ChildSafety.Content.Data;
using ChildSafety.Content.Items;
using ChildSafety.Content.Publishing;
using ChildSafety.Content.Schools;
using ChildSafety.Site.Tests.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Audit;

/// <summary>
/// The audit's figures are kept per organization and day, and every kind of write outdates them in its own
/// transaction: each spec reads a figure (which keeps it), writes, and reads the figure again at once.
/// </summary>
public abstract class KeptFigureSpecs(SiteServer server)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [EngineFact]
    public async Task A_second_call_reads_the_kept_figures_and_a_write_outdates_them()
    {
        var (district, first, second) = await server.NewDistrictAsync();
        var person = await new PersonBuilder(server).In(first.Code).CreateAsync();
        await new PersonBuilder(server).In(second.Code).CreateAsync();
        using var province = await ProvinceAsync();

        Assert.Equal((0, 2), await FigureAsync(province, district, ConductIndicator.IndicatorKey));
        // One row per organization of the district and indicator, 0/0 where there is no figure.
        Assert.Equal(3 * 7, await KeptRowsAsync(district, first, second));

        // Alter a kept row behind the site's back: the next call shows it, so it read the row instead of counting.
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CoreDbContext>().KeptFigures
                .Where(k => k.OrganizationId == first.Id && k.Indicator == ConductIndicator.IndicatorKey)
                .ExecuteUpdateAsync(set => set.SetProperty(k => k.Numerator, 50).SetProperty(k => k.Denominator, 50));
        }
        Assert.Equal((50, 51), await FigureAsync(province, district, ConductIndicator.IndicatorKey));

        await server.AcceptConductAsync(person, first);
        Assert.Equal((1, 2), await FigureAsync(province, district, ConductIndicator.IndicatorKey));
    }

    [EngineFact]
    public async Task People_added_moved_deactivated_and_imported_change_the_figures_at_once()
    {
        var (_, first, second) = await server.NewDistrictAsync();
        var person = await new PersonBuilder(server).In(first.Code).CreateAsync();
        using var province = await ProvinceAsync();
        Assert.Equal((0, 1), await FigureAsync(province, first, ConductIndicator.IndicatorKey));
        Assert.Equal((0, 0), await FigureAsync(province, second, ConductIndicator.IndicatorKey));

        await new PersonBuilder(server).In(first.Code).As(Position.Manager).CreateAsync();
        Assert.Equal((0, 2), await FigureAsync(province, first, ConductIndicator.IndicatorKey));

        var administrator = await server.ScopeOfAsync(DemoAccounts.Administrator);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var moved = await scope.ServiceProvider.GetRequiredService<PeopleDirectory>().UpdateAsync(person.Id,
                new PersonDraft(person.FullName, person.Email!, second.Id, Position.Teacher, person.StartedOn, [Roles.Staff]), administrator, CancellationToken.None);
            Assert.True(moved.Succeeded);
        }
        Assert.Equal((0, 1), await FigureAsync(province, first, ConductIndicator.IndicatorKey));
        Assert.Equal((0, 1), await FigureAsync(province, second, ConductIndicator.IndicatorKey));

        await using (var scope = server.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<PeopleDirectory>().SetActiveAsync(person.Id, false, administrator, CancellationToken.None)).Succeeded);
        }
        Assert.Equal((0, 0), await FigureAsync(province, second, ConductIndicator.IndicatorKey));

        await using (var scope = server.Services.CreateAsyncScope())
        {
            var email = $"roster-{Guid.NewGuid():N}"[..19] + "@test.edu.vn";
            var imported = await scope.ServiceProvider.GetRequiredService<RosterImporter>().ImportAsync(
                [new PersonDraft("Trần Thị Nhập", email, second.Id, Position.Teacher, new DateOnly(2020, 9, 1), [Roles.Staff])], CancellationToken.None);
            Assert.True(imported.Succeeded);
        }
        Assert.Equal((0, 1), await FigureAsync(province, second, ConductIndicator.IndicatorKey));
    }

    [EngineFact]
    public async Task Rules_and_codes_of_conduct_change_the_figures_under_them_at_once()
    {
        var (district, first, _) = await server.NewDistrictAsync();
        var person = await new PersonBuilder(server).In(first.Code).CreateAsync();
        await server.AcceptConductAsync(person, first);
        using var province = await ProvinceAsync();
        Assert.Equal((0, 0), await FigureAsync(province, district, CertificateIndicator.IndicatorKey));
        Assert.Equal((1, 1), await FigureAsync(province, district, ConductIndicator.IndicatorKey));

        var officer = await server.ScopeOfAsync(DemoAccounts.ProvinceOfficer);
        int assignmentId;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var assignments = scope.ServiceProvider.GetRequiredService<Assignments>();
            var course = (await assignments.AssignableCoursesAsync(CancellationToken.None))[0];
            Assert.True((await assignments.CreateAsync(officer, new AssignmentDraft(course.Id, district.Id, PositionSet.Everyone, SchoolLevelSet.Any, null, 30), CancellationToken.None)).Succeeded);
            assignmentId = await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Assignments
                .Where(a => a.OrganizationId == district.Id).Select(a => a.Id).SingleAsync();
        }
        Assert.Equal((0, 1), await FigureAsync(province, district, CertificateIndicator.IndicatorKey));

        await using (var scope = server.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<Assignments>().WithdrawAsync(officer, assignmentId, CancellationToken.None)).Succeeded);
        }
        Assert.Equal((0, 0), await FigureAsync(province, district, CertificateIndicator.IndicatorKey));

        // The district's own code: a policy with its first version, then a second version of it saved on its own.
        var today = Today();
        int policyId;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
            var policy = new ConductPolicy { OrganizationId = district.Id, Title = "Quy tắc của phòng", CreatedAt = DateTimeOffset.UtcNow };
            policy.Versions.Add(Published(1, today));
            db.ConductPolicies.Add(policy);
            await db.SaveChangesAsync();
            policyId = policy.Id;
        }
        Assert.Equal((0, 1), await FigureAsync(province, district, ConductIndicator.IndicatorKey));

        await server.AcceptConductAsync(person, first);
        Assert.Equal((1, 1), await FigureAsync(province, district, ConductIndicator.IndicatorKey));
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
            var version = Published(2, today);
            version.PolicyId = policyId;
            db.ConductVersions.Add(version);
            await db.SaveChangesAsync();
        }
        Assert.Equal((0, 1), await FigureAsync(province, district, ConductIndicator.IndicatorKey));
    }

    [EngineFact]
    public async Task School_records_and_the_tree_change_the_figures_at_once()
    {
        var (district, first, second) = await server.NewDistrictAsync();
        using var province = await ProvinceAsync();
        Assert.Equal((0, 2), await FigureAsync(province, district, AwarenessIndicator.IndicatorKey));
        Assert.Equal((0, 2), await FigureAsync(province, district, PublicityIndicator.IndicatorKey));
        Assert.Equal((0, 2), await FigureAsync(province, district, CommitmentIndicator.IndicatorKey));
        var online = await FigureAsync(province, district, OnlineSafetyIndicator.IndicatorKey);

        var now = DateTimeOffset.UtcNow;
        var year = SchoolYear.Of(Today()).ToString();
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
            db.AwarenessActivities.Add(new AwarenessActivity
            {
                Id = Guid.NewGuid(), OrganizationId = first.Id, SchoolYear = year, Date = Today(), Kind = ActivityKind.Assembly,
                Audience = ActivityAudience.Staff | ActivityAudience.Pupils, Participants = 40, Title = "Chào cờ", Topics = ";", CreatedAt = now, UpdatedAt = now,
            });
            await db.SaveChangesAsync();
        }
        Assert.Equal((1, 2), await FigureAsync(province, district, AwarenessIndicator.IndicatorKey));

        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            db.ReportingChannels.Add(new ReportingChannels { OrganizationId = second.Id, Phone = "0290 3 111 111", UpdatedAt = now.AddMinutes(-1) });
            await db.SaveChangesAsync();
        }
        Assert.Equal((1, 2), await FigureAsync(province, district, PublicityIndicator.IndicatorKey));

        var schoolAdmin = new CallerScope(Guid.Empty, first.Id, first.Path, [Roles.SchoolAdmin], Position.Manager);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var commitments = scope.ServiceProvider.GetRequiredService<FamilyCommitments>();
            Assert.True((await commitments.PublishAsync(schoolAdmin, year, "Cam kết", "Nội dung cam kết", CancellationToken.None)).Succeeded);
            var commitment = await commitments.ForAsync(first.Id, year, CancellationToken.None);
            var (invited, links) = await commitments.InviteAsync(schoolAdmin, commitment!.Id, "6A", "Nguyễn Văn An", CancellationToken.None);
            Assert.True(invited.Succeeded);
            Assert.Equal((0, 2), await FigureAsync(province, district, CommitmentIndicator.IndicatorKey));
            Assert.True((await commitments.SignOnlineAsync(links[0].Token, "Nguyễn Văn Bình", "127.0.0.1", CancellationToken.None)).Succeeded);
        }
        Assert.Equal((1, 2), await FigureAsync(province, district, CommitmentIndicator.IndicatorKey));

        // An integration entry alone fills no plan: what must hold is that it outdates the school's kept figures.
        var stamp = await StampAsync(first);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
            db.IntegrationEntries.Add(new IntegrationEntry
            {
                Id = Guid.NewGuid(), OrganizationId = first.Id, SchoolYear = year, Grade = 6, Subject = "GDCD", TopicCode = "online-safety",
                Lesson = "Bài 1", Periods = 1, Term = 1, Status = EntryStatus.Taught, CreatedAt = now, UpdatedAt = now,
            });
            await db.SaveChangesAsync();
        }
        Assert.True(await StampAsync(first) > stamp);

        // A primary school becoming a preschool is no longer asked to teach online safety.
        var administrator = await server.ScopeOfAsync(DemoAccounts.Administrator);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var changed = await scope.ServiceProvider.GetRequiredService<OrganizationService>().UpdateAsync(second.Id,
                new OrganizationDraft(second.Name, second.Code, second.Kind, SchoolLevel.Preschool, second.ParentId), administrator, CancellationToken.None);
            Assert.True(changed.Succeeded);
        }
        Assert.Equal(online.Denominator - 1, (await FigureAsync(province, district, OnlineSafetyIndicator.IndicatorKey)).Denominator);
    }

    [EngineFact]
    public async Task A_certificate_earned_by_a_quiz_and_revoked_changes_the_figure_at_once()
    {
        var (district, first, _) = await server.NewDistrictAsync();
        var officer = await server.ScopeOfAsync(DemoAccounts.ProvinceOfficer);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var course = await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Courses.SingleAsync(c => c.Slug == Learner.Course);
            Assert.True((await scope.ServiceProvider.GetRequiredService<Assignments>()
                .CreateAsync(officer, new AssignmentDraft(course.Id, district.Id, PositionSet.Everyone, SchoolLevelSet.Any, null, 30), CancellationToken.None)).Succeeded);
        }
        using var learner = await Learner.NewAsync(server, first.Code);
        using var province = await ProvinceAsync();
        Assert.Equal((0, 1), await FigureAsync(province, district, CertificateIndicator.IndicatorKey));

        await learner.ReadAllLessonsAsync();
        await learner.TakeQuizAsync(pass: true);
        Assert.Equal((1, 1), await FigureAsync(province, district, CertificateIndicator.IndicatorKey));

        await using (var scope = server.Services.CreateAsyncScope())
        {
            var certificate = await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Certificates.SingleAsync(c => c.PersonId == learner.Person.Id);
            Assert.True((await scope.ServiceProvider.GetRequiredService<Certificates>().RevokeAsync(officer, certificate.Id, "Cấp nhầm", CancellationToken.None)).Succeeded);
        }
        Assert.Equal((0, 1), await FigureAsync(province, district, CertificateIndicator.IndicatorKey));
    }

    [EngineFact]
    public async Task A_school_post_naming_hotline_111_published_and_taken_down_changes_the_figure_at_once()
    {
        var (district, first, _) = await server.NewDistrictAsync();
        using var province = await ProvinceAsync();
        Assert.Equal((0, 2), await FigureAsync(province, district, PublicityIndicator.IndicatorKey));

        var editor = new CallerScope(Guid.NewGuid(), first.Id, first.Path, [Roles.SchoolAdmin, Roles.Editor], Position.Manager);
        await using var scope = server.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<ContentEditor>();
        var created = await content.CreateAsync(editor, new ContentDraft(ContentType.News, "Kênh tiếp nhận thông tin", null, "Tóm tắt",
            "Gọi Tổng đài 111 hoặc bỏ thư vào hộp thư của trường.", null, [], Audience.Parents), default);
        var published = await content.PublishAsync(editor, created.Item!.Id, created.Item.Revision, default);
        Assert.True(published.Succeeded);
        Assert.Equal((1, 2), await FigureAsync(province, district, PublicityIndicator.IndicatorKey));

        Assert.True((await content.UnpublishAsync(editor, created.Item.Id, published.Item!.Revision, default)).Succeeded);
        Assert.Equal((0, 2), await FigureAsync(province, district, PublicityIndicator.IndicatorKey));
    }

    private static ConductVersion Published(int number, DateOnly from) => new()
    {
        Number = number, Text = $"Quy tắc, phiên bản {number}", EffectiveFrom = from, Audience = PositionSet.Everyone,
        State = ConductVersionState.Published, ContentHash = ConductHash.Of($"Quy tắc, phiên bản {number}"),
        PublishedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
    };

    private DateOnly Today() => VietnamTime.Today(server.Services.GetRequiredService<TimeProvider>());

    private async Task<int> KeptRowsAsync(params Organization[] organizations)
    {
        var ids = organizations.Select(o => o.Id).ToList();
        await using var scope = server.Services.CreateAsyncScope();
        var today = Today();
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().KeptFigures.CountAsync(k => ids.Contains(k.OrganizationId) && k.AsOf == today);
    }

    private async Task<long> StampAsync(Organization organization)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().FigureStamps
            .Where(s => s.OrganizationId == organization.Id).Select(s => s.Stamp).FirstOrDefaultAsync();
    }

    private async Task<SiteClient> ProvinceAsync()
    {
        var client = server.CreateClient();
        await client.SignInAsync(DemoAccounts.ProvinceOfficer);
        return client;
    }

    private static async Task<(int Numerator, int Denominator)> FigureAsync(SiteClient client, Organization organization, string key)
    {
        var response = await client.Raw.GetAsync(new Uri($"/api/v1/indicators?org={organization.Id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonSerializer.Deserialize<IndicatorsJson>(await response.Content.ReadAsStringAsync(), Json)!;
        var figure = body.Indicators.Single(i => i.Key == key);
        return (figure.Numerator, figure.Denominator);
    }
}

public sealed class KeptFiguresOnSqlite(SqliteSite server) : KeptFigureSpecs(server), IClassFixture<SqliteSite>;

public sealed class KeptFiguresOnPostgres(PostgresSite server) : KeptFigureSpecs(server), IClassFixture<PostgresSite>;
