using System.Net;
using System.Text.RegularExpressions;
using ChildSafety.Core.Data;
using ChildSafety.Core.People;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Training;

/// <summary>
/// The officers' side of training through the real pages: writing and publishing a course (offered to teachers at
/// once), the question rules, revoking a certificate with a reason, and extra attempts after the limit — each within
/// the officer's subtree.
/// </summary>
public abstract partial class CourseAdminSpecs(SiteServer server)
{
    [EngineFact]
    public async Task An_officer_writes_a_course_with_a_question_and_publishes_it_and_the_published_version_stays_fixed()
    {
        using var officer = await SignedInAsync(DemoAccounts.ProvinceOfficer);
        var title = $"Khoá kiểm thử {Guid.NewGuid():N}"[..30];
        var draft = await officer.SubmitAsync("/admin/courses", [new("Title", title)], "/admin/courses?handler=Create");
        Assert.Matches("^/admin/courses/edit/[0-9]+$", draft.Path);
        var versionId = int.Parse(draft.Path[(draft.Path.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var lesson = FirstLesson().Match(draft.Html).Groups[1].Value;

        var unknownLesson = await officer.PostAsync(draft.Path, draft.AntiforgeryToken(),
            [new("Title", title), new("Description", "Giới thiệu"), new("PassMark", "80"), new("AttemptLimit", "2"), new("ValidityMonths", "24"),
             new("Positions", "Teachers"), new("Levels", "LowerSecondary"), new("LessonIds", lesson), new("LessonIds", Guid.NewGuid().ToString())]);
        Assert.True(unknownLesson.Shows("Có bài học không tồn tại, chưa xuất bản hoặc bị chọn hai lần."));
        Assert.Empty((await VersionAsync(versionId)).Lessons);

        var saved = await officer.PostAsync(draft.Path, draft.AntiforgeryToken(),
            [new("Title", title), new("Description", "Giới thiệu"), new("PassMark", "80"), new("AttemptLimit", "2"), new("ValidityMonths", "24"),
             new("Positions", "Teachers"), new("Levels", "LowerSecondary"), new("LessonIds", lesson), new("LessonIds", "")]);
        Assert.True(saved.Shows("Đã lưu bản nháp."));

        var tooSoon = await officer.SubmitAsync($"/admin/courses/publish/{versionId}", []);
        Assert.True(tooSoon.Shows("Hãy soạn ít nhất một câu hỏi trước khi ban hành."));

        var question = await officer.SubmitAsync($"/admin/courses/question/{versionId}",
            [new("Kind", "SingleChoice"), new("Text", "Đường dây nóng bảo vệ trẻ em là số nào?"), new("Options", "111"), new("Options", "113"),
             new("Options", ""), new("Correct", "0"), new("Explanation", "Tổng đài 111 miễn phí.")]);
        Assert.Equal($"/admin/courses/edit/{versionId}", question.Path);
        Assert.True(question.Shows("Đường dây nóng bảo vệ trẻ em là số nào?"));

        using var teacher = await Learner.NewAsync(server);
        Assert.False((await teacher.Client.GetAsync("/training")).Shows(title));
        var published = await officer.SubmitAsync($"/admin/courses/publish/{versionId}", []);
        Assert.Equal("/admin/courses", published.Path);
        // The courses a teacher is offered are kept in memory; publishing replaces them at once.
        Assert.True((await teacher.Client.GetAsync("/training")).Shows(title));
        var version = await VersionAsync(versionId);
        Assert.Equal(CourseVersionState.Published, version.State);
        Assert.Equal((80, 2, 24, SchoolLevelSet.LowerSecondary), (version.PassMark, version.AttemptLimit, version.ValidityMonths, version.Levels));
        Assert.Equal(Guid.Parse(lesson), Assert.Single(version.Lessons).LessonId);
        var stored = Assert.Single(version.Questions);
        Assert.Equal(["111", "113"], stored.Options.OrderBy(o => o.Order).Select(o => o.Text));
        Assert.True(stored.Options.Single(o => o.Text == "111").IsCorrect);

        var closed = await officer.GetAsync($"/admin/courses/question/{versionId}");
        Assert.Equal(HttpStatusCode.NotFound, closed.Status);
        var next = await officer.PostAsync("/admin/courses?handler=NewVersion", published.AntiforgeryToken(), [new("courseId", version.CourseId.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Matches("^/admin/courses/edit/[0-9]+$", next.Path);
        Assert.NotEqual(draft.Path, next.Path);
        Assert.True(next.Shows("Phiên bản 2"));
        var nextId = int.Parse(next.Path[(next.Path.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var copied = Assert.Single((await VersionAsync(nextId)).Questions);
        var deleted = await officer.SubmitAsync($"/admin/courses/deletequestion/{nextId}/{copied.Id}", []);
        Assert.Equal($"/admin/courses/edit/{nextId}", deleted.Path);
        Assert.Empty((await VersionAsync(nextId)).Questions);
        Assert.Single((await VersionAsync(versionId)).Questions);
    }

    [EngineFact]
    public async Task A_question_with_two_right_answers_for_single_choice_or_one_option_is_refused_and_nothing_is_saved()
    {
        using var officer = await SignedInAsync(DemoAccounts.ProvinceOfficer);
        var draft = await officer.SubmitAsync("/admin/courses", [new("Title", "Khoá kiểm thử câu hỏi")], "/admin/courses?handler=Create");
        var versionId = draft.Path[(draft.Path.LastIndexOf('/') + 1)..];

        var twoRight = await officer.SubmitAsync($"/admin/courses/question/{versionId}",
            [new("Kind", "SingleChoice"), new("Text", "Câu hỏi"), new("Options", "A"), new("Options", "B"), new("Correct", "0"), new("Correct", "1")]);
        Assert.True(twoRight.Shows("Hãy đánh dấu đúng một phương án đúng trong các phương án đã nhập."));

        var oneOption = await officer.SubmitAsync($"/admin/courses/question/{versionId}",
            [new("Kind", "MultipleChoice"), new("Text", "Câu hỏi"), new("Options", "A"), new("Options", ""), new("Correct", "0")]);
        Assert.True(oneOption.Shows("Hãy nhập từ 2 đến 6 phương án trả lời"));

        var noText = await officer.SubmitAsync($"/admin/courses/question/{versionId}",
            [new("Kind", "TrueFalse"), new("Text", " "), new("Correct", "1")]);
        Assert.True(noText.Shows("Hãy nhập câu hỏi (tối đa 2000 ký tự)."));

        Assert.Empty((await VersionAsync(int.Parse(versionId, System.Globalization.CultureInfo.InvariantCulture))).Questions);
    }

    [EngineFact]
    public async Task A_district_officer_revokes_a_certificate_with_a_reason_and_the_public_page_and_the_learner_see_it_revoked()
    {
        using var learner = await Learner.NewAsync(server);
        await learner.ReadAllLessonsAsync();
        await learner.TakeQuizAsync(pass: true);
        var certificate = await CertificateOfAsync(learner.Person.Id);
        using var officer = await SignedInAsync(DemoAccounts.DistrictOfficer);

        var list = await officer.GetAsync($"/admin/certificates?Serial={certificate.Serial}");
        Assert.True(list.Shows(learner.Person.FullName));
        Assert.Contains($"/admin/certificates/revoke/{certificate.Id}", list.Html, StringComparison.Ordinal);

        var noReason = await officer.SubmitAsync($"/admin/certificates/revoke/{certificate.Id}", [new("Reason", "  ")]);
        Assert.True(noReason.Shows("Hãy ghi lý do thu hồi."));
        Assert.Null((await CertificateOfAsync(learner.Person.Id)).RevokedAt);
        Assert.Equal(0, await EventsAsync(CourseAuditKinds.CertificateRevoked, learner.Person.Id));

        var revoked = await officer.SubmitAsync($"/admin/certificates/revoke/{certificate.Id}", [new("Reason", "Nhờ người khác làm bài")]);
        Assert.Equal("/admin/certificates", revoked.Path);
        var after = await CertificateOfAsync(learner.Person.Id);
        Assert.NotNull(after.RevokedAt);
        Assert.Equal("Nhờ người khác làm bài", after.RevokedReason);
        Assert.Equal(1, await EventsAsync(CourseAuditKinds.CertificateRevoked, learner.Person.Id));

        using var visitor = server.CreateClient();
        Assert.True((await visitor.GetAsync($"/verify/{certificate.Serial}")).Shows("Chứng nhận này đã bị thu hồi."));
        Assert.True((await learner.Client.GetAsync("/my/certificates")).Shows("Đã bị thu hồi"));
        Assert.True((await officer.GetAsync("/admin/certificates?Status=Revoked")).Shows(certificate.Serial));
    }

    [EngineFact]
    public async Task An_officer_of_another_district_gets_404_on_the_revocation_page_and_nothing_changes()
    {
        using var learner = await Learner.NewAsync(server);
        await learner.ReadAllLessonsAsync();
        await learner.TakeQuizAsync(pass: true);
        var certificate = await CertificateOfAsync(learner.Person.Id);
        var outsider = await new PersonBuilder(server).In(DemoAccounts.OtherDistrict).As(Position.Manager).WithRoles(Roles.DistrictOfficer).CreateAsync();
        using var officer = server.CreateClient();
        await Learner.SignInPastTheCodeAsync(officer, outsider);

        Assert.False((await officer.GetAsync($"/admin/certificates?Serial={certificate.Serial}")).Shows(learner.Person.FullName));
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/admin/certificates/revoke/{certificate.Id}")).Status);
        var own = await officer.GetAsync("/admin/certificates");
        var forged = await officer.PostAsync($"/admin/certificates/revoke/{certificate.Id}", own.AntiforgeryToken(), [new("Reason", "Không có quyền")]);
        Assert.Equal(HttpStatusCode.NotFound, forged.Status);
        Assert.Null((await CertificateOfAsync(learner.Person.Id)).RevokedAt);
    }

    [EngineFact]
    public async Task A_school_administrator_grants_an_extra_attempt_to_a_teacher_who_used_up_the_limit()
    {
        using var learner = await Learner.NewAsync(server);
        await learner.ReadAllLessonsAsync();
        for (var i = 0; i < 3; i++)
        {
            await learner.TakeQuizAsync(pass: false);
        }
        Assert.True((await learner.StartAsync()).Shows("Bạn đã dùng hết 3 lượt làm bài."));
        var courseId = await CourseIdAsync(Learner.Course);
        using var administrator = await SignedInAsync(DemoAccounts.SchoolAdmin);
        var list = await administrator.GetAsync("/admin/attempts");
        Assert.True(list.Shows(learner.Person.FullName));

        var outsider = await new PersonBuilder(server).In(DemoAccounts.OtherDistrictSchool).As(Position.Manager).WithRoles(Roles.SchoolAdmin).CreateAsync();
        using var stranger = server.CreateClient();
        await Learner.SignInPastTheCodeAsync(stranger, outsider);
        var refused = await stranger.SubmitAsync("/admin/attempts", Grant(learner.Person.Id, courseId), "/admin/attempts?handler=Grant");
        Assert.True(refused.Shows("Không tìm thấy người này trong phạm vi của bạn."));
        Assert.True((await learner.StartAsync()).Shows("Bạn đã dùng hết 3 lượt làm bài."));

        var granted = await administrator.PostAsync("/admin/attempts?handler=Grant", list.AntiforgeryToken(), Grant(learner.Person.Id, courseId));
        Assert.True(granted.Shows("Đã cấp thêm 1 lượt làm bài."));
        Assert.False(granted.Shows(learner.Person.FullName));

        var again = await learner.StartAsync();
        Assert.StartsWith("/training/attempts/", again.Path, StringComparison.Ordinal);
        await learner.TakeQuizAsync(pass: false);
        Assert.True((await learner.StartAsync()).Shows("Bạn đã dùng hết 4 lượt làm bài."));
        Assert.True((await administrator.GetAsync("/admin/attempts")).Shows(learner.Person.FullName));
        var twice = await administrator.PostAsync("/admin/attempts?handler=Grant", list.AntiforgeryToken(), Grant(learner.Person.Id, courseId));
        Assert.True(twice.Shows("Đã cấp thêm 1 lượt làm bài."));
        Assert.Equal(2, await EventsAsync(CourseAuditKinds.AttemptsGranted, learner.Person.Id));
        var passed = await learner.TakeQuizAsync(pass: true);
        Assert.True(passed.Shows("Chúc mừng!"));
        Assert.False((await administrator.GetAsync("/admin/attempts")).Shows(learner.Person.FullName));
        var early = await administrator.PostAsync("/admin/attempts?handler=Grant", list.AntiforgeryToken(), Grant(learner.Person.Id, courseId));
        Assert.True(early.Shows("Người này vẫn còn lượt làm bài; chưa cần cấp thêm."));
        Assert.Equal(2, await EventsAsync(CourseAuditKinds.AttemptsGranted, learner.Person.Id));
    }

    private static List<KeyValuePair<string, string>> Grant(Guid personId, int courseId) =>
        [new("personId", personId.ToString()), new("courseId", courseId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("extra", "1")];

    private async Task<SiteClient> SignedInAsync(string account)
    {
        var client = server.CreateClient();
        await client.SignInAsync(account);
        return client;
    }

    private async Task<CourseVersion> VersionAsync(int id)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().CourseVersions.AsNoTracking()
            .Include(v => v.Lessons).Include(v => v.Questions).ThenInclude(q => q.Options).AsSplitQuery().SingleAsync(v => v.Id == id);
    }

    private async Task<int> CourseIdAsync(string slug)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Courses.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();
    }

    /// <summary>Events of one kind about the person, committed with the change they record.</summary>
    private async Task<int> EventsAsync(string kind, Guid personId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().AuditEvents.CountAsync(e => e.Kind == kind && e.PersonId == personId);
    }

    private async Task<ChildSafety.Training.Certificates.Certificate> CertificateOfAsync(Guid personId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Certificates.AsNoTracking().SingleAsync(c => c.PersonId == personId);
    }

    [GeneratedRegex("<option value=\"([0-9a-f]{8}-[0-9a-f-]{27})\"")]
    private static partial Regex FirstLesson();
}

public sealed class CourseAdminOnSqlite(SqliteSite server) : CourseAdminSpecs(server), IClassFixture<SqliteSite>;

public sealed class CourseAdminOnPostgres(PostgresSite server) : CourseAdminSpecs(server), IClassFixture<PostgresSite>;
