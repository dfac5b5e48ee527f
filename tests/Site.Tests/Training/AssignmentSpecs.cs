using System.Globalization;
using System.Net;
using ChildSafety.Core.People;
using ChildSafety.Core.Text;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Training;

/// <summary>
/// Officers assigning courses through /admin/assignments: what they may assign to whom, what the people it covers
/// look like, extending and withdrawing, and the refusals that change nothing.
/// </summary>
public abstract class AssignmentSpecs(SiteServer server)
{
    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Shown(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    [EngineFact]
    public async Task A_district_officer_assigns_a_course_to_a_school_and_sees_its_teachers_with_their_status()
    {
        var school = await server.OrganizationAsync(DemoAccounts.School);
        var newcomer = await new PersonBuilder(server).In(DemoAccounts.School).As(Position.Teacher).Named("Giáo Viên Mới Vào").CreateAsync();
        using var officer = server.CreateClient();
        await officer.SignInAsync(DemoAccounts.DistrictOfficer);
        var form = await officer.GetAsync("/admin/assignments/new");
        var courseId = await CourseIdAsync();

        var created = await officer.PostAsync("/admin/assignments/new", form.AntiforgeryToken(),
            [new("CourseId", courseId), new("OrganizationId", Id(school.Id)), new("Positions", "Teachers"), new("Due", "fixed"), new("DueOn", Day(Today.AddDays(20)))]);

        Assert.Equal("/admin/assignments", created.Path);
        var assignment = await LatestAsync();
        Assert.Equal(school.Path, assignment.OrganizationPath);
        Assert.Equal(Today.AddDays(20), assignment.DueOn);
        var page = await officer.GetAsync($"/admin/assignments/{assignment.Id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.True(page.Shows("Giáo Viên Mới Vào"));
        Assert.True(page.Shows("Chưa bắt đầu"));
        var notStarted = await officer.GetAsync($"/admin/assignments/{assignment.Id}?status=NotStarted");
        Assert.True(notStarted.Shows(newcomer.FullName));
        Assert.False((await officer.GetAsync($"/admin/assignments/{assignment.Id}?status=Passed")).Shows(newcomer.FullName));

        using var csv = await officer.Raw.GetAsync(new Uri($"/admin/assignments/{assignment.Id}?handler=Export&format=csv", UriKind.Relative));
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Giáo Viên Mới Vào", text, StringComparison.Ordinal);
        Assert.Contains(Day(Today.AddDays(20)), text, StringComparison.Ordinal);
        using var xlsx = await officer.Raw.GetAsync(new Uri($"/admin/assignments/{assignment.Id}?handler=Export&format=xlsx", UriKind.Relative));
        var workbook = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(workbook, 0, 2));
    }

    [EngineFact]
    public async Task A_relative_due_date_counts_from_the_day_a_person_starts()
    {
        using var officer = server.CreateClient();
        await officer.SignInAsync(DemoAccounts.SchoolAdmin);
        var school = await server.OrganizationAsync(DemoAccounts.School);
        var form = await officer.GetAsync("/admin/assignments/new");

        var created = await officer.PostAsync("/admin/assignments/new", form.AntiforgeryToken(),
            [new("CourseId", await CourseIdAsync()), new("OrganizationId", Id(school.Id)), new("Positions", "Teachers"), new("Positions", "Managers"),
             new("Due", "relative"), new("DueOn", Day(Today.AddDays(-3))), new("DueDays", "30")]);

        Assert.Equal("/admin/assignments", created.Path);
        var assignment = await LatestAsync();
        Assert.Null(assignment.DueOn);
        Assert.Equal(30, assignment.DueDaysAfterStart);
        Assert.True((await officer.GetAsync("/admin/assignments")).Shows("trong 30 ngày kể từ khi bắt đầu làm việc"));
    }

    [EngineFact]
    public async Task A_past_date_a_forged_course_or_an_organization_outside_the_subtree_is_refused_and_nothing_is_stored()
    {
        var school = await server.OrganizationAsync(DemoAccounts.School);
        var otherSchool = await server.OrganizationAsync(DemoAccounts.OtherDistrictSchool);
        using var officer = server.CreateClient();
        await officer.SignInAsync(DemoAccounts.DistrictOfficer);
        var form = await officer.GetAsync("/admin/assignments/new");
        var courseId = await CourseIdAsync();
        var before = await CountAsync();

        async Task<Page> Assign(string course, int organization, string dueOn) =>
            await officer.PostAsync("/admin/assignments/new", form.AntiforgeryToken(),
                [new("CourseId", course), new("OrganizationId", Id(organization)), new("Positions", "Teachers"), new("Due", "fixed"), new("DueOn", dueOn)]);

        var past = await Assign(courseId, school.Id, Day(Today.AddDays(-1)));
        Assert.True(past.Shows("Hạn hoàn thành không được ở trong quá khứ."));
        var forged = await Assign("999999", school.Id, Day(Today.AddDays(10)));
        Assert.True(forged.Shows("Hãy chọn một khoá học đã ban hành."));
        var outside = await Assign(courseId, otherSchool.Id, Day(Today.AddDays(10)));
        Assert.True(outside.Shows("Hãy chọn một đơn vị trong phạm vi của bạn."));
        var noDate = await Assign(courseId, school.Id, "");
        Assert.True(noDate.Shows("Hãy chọn hạn hoàn thành"));

        Assert.All(new[] { past, forged, outside, noDate }, p => Assert.Equal("/admin/assignments/new", p.Path));
        Assert.Equal(before, await CountAsync());
    }

    [EngineFact]
    public async Task A_school_administrator_neither_sees_nor_changes_the_assignments_of_the_district()
    {
        var district = await server.OrganizationAsync(DemoAccounts.District);
        var districtAssignment = await FirstOfAsync(district.Id);
        using var schoolAdmin = server.CreateClient();
        await schoolAdmin.SignInAsync(DemoAccounts.SchoolAdmin);

        var list = await schoolAdmin.GetAsync("/admin/assignments");
        Assert.DoesNotContain($"/admin/assignments/{districtAssignment.Id}\"", list.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await schoolAdmin.GetAsync($"/admin/assignments/{districtAssignment.Id}")).Status);
        var token = (await schoolAdmin.GetAsync("/admin/assignments/new")).AntiforgeryToken();
        var extend = await schoolAdmin.PostAsync($"/admin/assignments/{districtAssignment.Id}?handler=Extend", token, [new("Due", "fixed"), new("DueOn", Day(Today.AddDays(400)))]);
        var withdraw = await schoolAdmin.PostAsync($"/admin/assignments/{districtAssignment.Id}/withdraw", token, []);

        Assert.Equal(HttpStatusCode.NotFound, extend.Status);
        Assert.Equal(HttpStatusCode.NotFound, withdraw.Status);
        var unchanged = await FindAsync(districtAssignment.Id);
        Assert.Equal(districtAssignment.DueOn, unchanged.DueOn);
        Assert.Equal(districtAssignment.DueDaysAfterStart, unchanged.DueDaysAfterStart);
        Assert.Null(unchanged.WithdrawnAt);
    }

    [EngineFact]
    public async Task An_officer_extends_an_assignment_then_withdraws_it_after_confirming()
    {
        var school = await server.OrganizationAsync(DemoAccounts.School);
        using var officer = server.CreateClient();
        await officer.SignInAsync(DemoAccounts.DistrictOfficer);
        var form = await officer.GetAsync("/admin/assignments/new");
        var created = await officer.PostAsync("/admin/assignments/new", form.AntiforgeryToken(),
            [new("CourseId", await CourseIdAsync()), new("OrganizationId", Id(school.Id)), new("Positions", "Staff"), new("Due", "fixed"), new("DueOn", Day(Today.AddDays(10)))]);
        var assignment = await LatestAsync();
        var path = $"/admin/assignments/{assignment.Id}";

        var page = await officer.GetAsync(path);
        var earlier = await officer.PostAsync($"{path}?handler=Extend", page.AntiforgeryToken(), [new("Due", "fixed"), new("DueOn", Day(Today.AddDays(5)))]);
        Assert.True(earlier.Shows("Hạn mới không được sớm hơn hạn hiện tại."));
        Assert.Equal(Today.AddDays(10), (await FindAsync(assignment.Id)).DueOn);
        var extended = await officer.PostAsync($"{path}?handler=Extend", page.AntiforgeryToken(), [new("Due", "fixed"), new("DueOn", Day(Today.AddDays(40)))]);
        Assert.Equal(path, extended.Path);
        Assert.Equal(Today.AddDays(40), (await FindAsync(assignment.Id)).DueOn);

        var confirm = await officer.GetAsync($"{path}/withdraw");
        Assert.True(confirm.Shows("Thu hồi giao khoá học"));
        Assert.Null((await FindAsync(assignment.Id)).WithdrawnAt);
        var withdrawn = await officer.PostAsync($"{path}/withdraw", confirm.AntiforgeryToken(), []);

        Assert.Equal("/admin/assignments", withdrawn.Path);
        Assert.NotNull((await FindAsync(assignment.Id)).WithdrawnAt);
        Assert.DoesNotContain($"{path}\"", withdrawn.Html, StringComparison.Ordinal);
        Assert.Contains($"{path}\"", (await officer.GetAsync("/admin/assignments?withdrawn=true")).Html, StringComparison.Ordinal);
        var again = await officer.PostAsync($"{path}/withdraw", confirm.AntiforgeryToken(), []);
        Assert.True(again.Shows("Giao khoá học này đã được thu hồi trước đó."));
    }

    [EngineFact]
    public async Task A_teacher_sees_an_assignment_its_extension_and_its_withdrawal_at_their_next_page()
    {
        var district = await server.OrganizationAsync(DemoAccounts.District);
        var school = await new OrganizationBuilder(server).School().Under(district).CreateAsync();
        using var learner = await Learner.NewAsync(server, school.Code);
        var course = $"/training/{Learner.Course}";
        // Later than the demo district's own deadline: a person covered twice is due by the later date.
        var (first, extended) = (Today.AddDays(300), Today.AddDays(400));
        Assert.False((await learner.Client.GetAsync(course)).Shows(Shown(first)));
        using var officer = server.CreateClient();
        await officer.SignInAsync(DemoAccounts.DistrictOfficer);
        var form = await officer.GetAsync("/admin/assignments/new");

        await officer.PostAsync("/admin/assignments/new", form.AntiforgeryToken(),
            [new("CourseId", await CourseIdAsync()), new("OrganizationId", Id(school.Id)), new("Positions", "Teachers"), new("Due", "fixed"), new("DueOn", Day(first))]);

        Assert.True((await learner.Client.GetAsync(course)).Shows($"Hạn hoàn thành {Shown(first)}"));
        var path = $"/admin/assignments/{(await LatestAsync()).Id}";
        var page = await officer.GetAsync(path);
        await officer.PostAsync($"{path}?handler=Extend", page.AntiforgeryToken(), [new("Due", "fixed"), new("DueOn", Day(extended))]);
        Assert.True((await learner.Client.GetAsync(course)).Shows($"Hạn hoàn thành {Shown(extended)}"));
        var confirm = await officer.GetAsync($"{path}/withdraw");
        await officer.PostAsync($"{path}/withdraw", confirm.AntiforgeryToken(), []);
        Assert.False((await learner.Client.GetAsync(course)).Shows(Shown(extended)));
    }

    private async Task<T> WithTrainingAsync<T>(Func<TrainingDbContext, Task<T>> read)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<TrainingDbContext>());
    }

    private Task<Assignment> LatestAsync() => WithTrainingAsync(db => db.Assignments.AsNoTracking().OrderByDescending(a => a.Id).FirstAsync());

    private Task<Assignment> FindAsync(int id) => WithTrainingAsync(db => db.Assignments.AsNoTracking().SingleAsync(a => a.Id == id));

    private Task<Assignment> FirstOfAsync(int organizationId) => WithTrainingAsync(db => db.Assignments.AsNoTracking().OrderBy(a => a.Id).FirstAsync(a => a.OrganizationId == organizationId));

    private async Task<string> CourseIdAsync() =>
        Id(await WithTrainingAsync(db => db.Courses.Where(c => c.Slug == Learner.Course).Select(c => c.Id).SingleAsync()));

    private Task<int> CountAsync() => WithTrainingAsync(db => db.Assignments.CountAsync());
}

public sealed class AssignmentsOnSqlite(SqliteSite server) : AssignmentSpecs(server), IClassFixture<SqliteSite>;

public sealed class AssignmentsOnPostgres(PostgresSite server) : AssignmentSpecs(server), IClassFixture<PostgresSite>;
