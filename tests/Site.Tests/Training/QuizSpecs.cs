using System.Net;
using System.Text.Json;
using ChildSafety.Core.Audit;
using ChildSafety.Training.Certificates;
using ChildSafety.Training.Data;
using ChildSafety.Training.Quizzes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Training;

/// <summary>
/// The quiz through the real site: lessons before the quiz, server-side scoring, one certificate per pass, a
/// second submission refused, no attempt past the limit or the due date, forged ids and answers refused with nothing
/// changed, and an attempt that survives a restart of the server.
/// </summary>
public abstract class QuizSpecs(SiteServer server)
{
    [EngineFact]
    public async Task A_teacher_fails_once_then_passes_and_gets_one_certificate()
    {
        using var learner = await Learner.NewAsync(server);
        var list = await learner.Client.GetAsync("/training");
        Assert.True(list.Shows("Phòng, chống xâm hại trẻ em cho giáo viên"));

        var tooEarly = await learner.StartAsync();
        Assert.True(tooEarly.Shows("Hãy đọc hết các bài học trước khi làm bài kiểm tra."));

        await learner.ReadAllLessonsAsync();
        var failed = await learner.TakeQuizAsync(pass: false);
        Assert.True(failed.Shows("chưa đạt"));
        Assert.Empty(await CertificatesOfAsync(learner.Person.Id));

        var passed = await learner.TakeQuizAsync(pass: true);
        Assert.True(passed.Shows("Chúc mừng! Bạn đạt 100%"));
        var certificate = Assert.Single(await CertificatesOfAsync(learner.Person.Id));
        Assert.Matches("^CS-[0-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$", certificate.Serial);
        Assert.Equal(certificate.IssuedAt.AddMonths(12), certificate.ExpiresAt);

        var mine = await learner.Client.GetAsync("/my/certificates");
        Assert.True(mine.Shows(certificate.Serial));
        Assert.True(mine.Html.Contains($"/verify/{certificate.Serial}", StringComparison.Ordinal));
        var again = await learner.StartAsync();
        Assert.True(again.Shows("Bạn đang có chứng nhận còn hiệu lực"));
        var newestFirst = again.Text.IndexOf("Lượt 2: 100%", StringComparison.Ordinal);
        Assert.InRange(newestFirst, 0, again.Text.IndexOf("Lượt 1: ", StringComparison.Ordinal) - 1);
    }

    /// <summary>The result right after the submit comes from what the submit kept; later, from the database.</summary>
    [EngineFact]
    public async Task The_result_reads_the_same_once_the_site_has_forgotten_the_submit()
    {
        using var learner = await Learner.NewAsync(server);
        await learner.ReadAllLessonsAsync();
        var kept = await learner.TakeQuizAsync(pass: true);
        var serial = Assert.Single(await CertificatesOfAsync(learner.Person.Id)).Serial;
        Assert.True(kept.Shows(serial));

        ((MemoryCache)server.Services.GetRequiredService<IMemoryCache>()).Compact(1.0);
        var stored = await learner.Client.GetAsync(kept.Path);

        Assert.Equal(MainOf(kept), MainOf(stored));
    }

    [EngineFact]
    public async Task A_second_submission_is_refused_and_the_score_stays()
    {
        using var learner = await Learner.NewAsync(server);
        await learner.ReadAllLessonsAsync();
        var result = await learner.TakeQuizAsync(pass: false);
        var attemptId = Learner.AttemptId(result);
        var before = await AttemptAsync(attemptId);

        var review = await learner.Client.GetAsync($"/training/attempts/{attemptId}/result");
        var replay = await learner.Client.PostAsync($"/training/attempts/{attemptId}?handler=Submit", review.AntiforgeryToken(), []);

        Assert.True(replay.Shows("Bài làm này đã được nộp lúc"));
        var after = await AttemptAsync(attemptId);
        Assert.Equal(before.Score, after.Score);
        Assert.Equal(before.SubmittedAt, after.SubmittedAt);
        Assert.Empty(await CertificatesOfAsync(learner.Person.Id));
    }

    [EngineFact]
    public async Task Answers_from_another_question_and_forged_attempts_change_nothing()
    {
        using var learner = await Learner.NewAsync(server);
        await learner.ReadAllLessonsAsync();
        var first = await learner.StartAsync();
        var attemptId = Learner.AttemptId(first);
        var questionId = int.Parse(first.InputValue("questionId"), System.Globalization.CultureInfo.InvariantCulture);
        var foreign = await ForeignOptionAsync(questionId);

        var refused = await learner.AnswerAsync(first, questionId, [foreign]);
        Assert.True(refused.Shows("Câu trả lời không hợp lệ"));
        Assert.All((await AttemptAsync(attemptId)).Questions, q => Assert.Null(q.Selected));

        using var stranger = await Learner.NewAsync(server);
        var forged = await stranger.Client.GetAsync($"/training/attempts/{attemptId}");
        Assert.Equal(HttpStatusCode.NotFound, forged.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/training/attempts/{attemptId}/result")).Status);
        var home = await stranger.Client.GetAsync("/training");
        var forgedSubmit = await stranger.Client.PostAsync($"/training/attempts/{attemptId}?handler=Submit", home.AntiforgeryToken(), []);
        Assert.Equal(HttpStatusCode.NotFound, forgedSubmit.Status);
        var right = await learner.OptionsAsync(questionId, right: true);
        var forgedAnswer = await stranger.Client.PostAsync($"/training/attempts/{attemptId}?handler=Answer", home.AntiforgeryToken(),
            [new("questionId", questionId.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. right.Select(o => KeyValuePair.Create("selected", o.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
        Assert.Equal(HttpStatusCode.NotFound, forgedAnswer.Status);
        using var forgedSave = await SaveInBackgroundAsync(stranger, first.Path, home.AntiforgeryToken(), questionId, right);
        Assert.Equal(HttpStatusCode.BadRequest, forgedSave.StatusCode);
        Assert.Equal(["Không tìm thấy bài làm này."], await RefusalsAsync(forgedSave));
        Assert.All((await AttemptAsync(attemptId)).Questions, q => Assert.Null(q.Selected));
        var forgedCourse = await stranger.Client.GetAsync("/training/no-such-course");
        Assert.Equal(HttpStatusCode.NotFound, forgedCourse.Status);
        Assert.Null((await AttemptAsync(attemptId)).SubmittedAt);
    }

    [EngineFact]
    public async Task A_background_save_answers_204_once_stored_or_the_reason_it_was_refused_and_still_needs_the_antiforgery_token()
    {
        using var learner = await Learner.NewAsync(server);
        await learner.ReadAllLessonsAsync();
        var first = await learner.StartAsync();
        var attemptId = Learner.AttemptId(first);
        var questionId = int.Parse(first.InputValue("questionId"), System.Globalization.CultureInfo.InvariantCulture);
        var right = await learner.OptionsAsync(questionId, right: true);

        using var forged = await SaveInBackgroundAsync(learner, first.Path, null, questionId, right);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.All((await AttemptAsync(attemptId)).Questions, q => Assert.Null(q.Selected));

        using var refused = await SaveInBackgroundAsync(learner, first.Path, first.AntiforgeryToken(), questionId, [await ForeignOptionAsync(questionId)]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.StartsWith("Câu trả lời không hợp lệ", Assert.Single(await RefusalsAsync(refused)), StringComparison.Ordinal);
        Assert.All((await AttemptAsync(attemptId)).Questions, q => Assert.Null(q.Selected));

        using var saved = await SaveInBackgroundAsync(learner, first.Path, first.AntiforgeryToken(), questionId, right);
        Assert.Equal(HttpStatusCode.NoContent, saved.StatusCode);
        Assert.Equal(right.Order(), (await AttemptAsync(attemptId)).Questions.Single(q => q.QuestionId == questionId).SelectedIds);
    }

    [EngineFact]
    public async Task A_background_save_after_the_submit_or_for_a_question_not_dealt_is_refused_and_changes_nothing()
    {
        using var learner = await Learner.NewAsync(server);
        await learner.ReadAllLessonsAsync();
        var review = await learner.AnswerEveryQuestionAsync(pass: false);
        var attemptId = Learner.AttemptId(review);
        var attempt = await AttemptAsync(attemptId);
        var attemptPath = $"/training/attempts/{attemptId}";
        var questionId = attempt.Questions[0].QuestionId;
        var right = await learner.OptionsAsync(questionId, right: true);

        using var foreign = await SaveInBackgroundAsync(learner, attemptPath, review.AntiforgeryToken(), await QuestionOfAnotherVersionAsync(attempt.CourseVersionId), right);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(["Câu hỏi này không thuộc bài làm của bạn."], await RefusalsAsync(foreign));
        await learner.SubmitAsync(review);
        using var late = await SaveInBackgroundAsync(learner, attemptPath, review.AntiforgeryToken(), questionId, right);

        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Equal(["Bài làm này đã nộp; câu trả lời không thay đổi được nữa."], await RefusalsAsync(late));
        Assert.Equal(attempt.Questions.OrderBy(q => q.Id).Select(q => q.Selected), (await AttemptAsync(attemptId)).Questions.OrderBy(q => q.Id).Select(q => q.Selected));
    }

    /// <summary>Answers given at the same moment share commits; each is answered only once stored, and each lands in its own question.</summary>
    [EngineFact]
    public async Task Every_answer_given_at_the_same_moment_by_several_teachers_is_kept()
    {
        var learners = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
        {
            var learner = await Learner.NewAsync(server);
            await learner.ReadAllLessonsAsync();
            return (Learner: learner, Page: await learner.StartAsync());
        }));
        var saves = new List<(long AttemptId, int QuestionId, IReadOnlyList<int> Chosen, Task<HttpResponseMessage> Response)>();
        foreach (var (learner, page) in learners)
        {
            var attemptId = Learner.AttemptId(page);
            foreach (var question in (await AttemptAsync(attemptId)).Questions)
            {
                var chosen = await learner.OptionsAsync(question.QuestionId, right: question.Order % 2 == 0);
                saves.Add((attemptId, question.QuestionId, chosen, SaveInBackgroundAsync(learner, page.Path, page.AntiforgeryToken(), question.QuestionId, chosen)));
            }
        }

        foreach (var response in await Task.WhenAll(saves.Select(s => s.Response)))
        {
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            response.Dispose();
        }
        foreach (var save in saves)
        {
            Assert.Equal(save.Chosen.Order(), (await AttemptAsync(save.AttemptId)).Questions.Single(q => q.QuestionId == save.QuestionId).SelectedIds);
        }
        foreach (var (learner, _) in learners)
        {
            learner.Dispose();
        }
    }

    /// <summary>
    /// Submits of the same moment share one commit with the answers around them: each passing teacher still gets one
    /// certificate, an attempt sent twice at once is closed once, and the audit trail's chain stays unbroken.
    /// </summary>
    [EngineFact]
    public async Task Submits_sent_at_the_same_moment_each_close_once_and_keep_the_audit_chain_whole()
    {
        var learners = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
        {
            var learner = await Learner.NewAsync(server);
            await learner.ReadAllLessonsAsync();
            return (Learner: learner, Review: await learner.AnswerEveryQuestionAsync(pass: true));
        }));

        var results = await Task.WhenAll(learners.SelectMany(l => new[] { l.Learner.SubmitAsync(l.Review), l.Learner.SubmitAsync(l.Review) }));

        Assert.Equal(learners.Length, results.Count(r => r.Shows("Chúc mừng! Bạn đạt 100%")));
        Assert.Equal(learners.Length, results.Count(r => r.Shows("Bài làm này đã được nộp")));
        foreach (var (learner, _) in learners)
        {
            Assert.Single(await CertificatesOfAsync(learner.Person.Id));
            learner.Dispose();
        }
        await using var scope = server.Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<AuditTrail>().VerifyAsync(CancellationToken.None)).IsIntact);
    }

    [EngineFact]
    public async Task Records_changed_behind_the_site_show_at_the_teachers_next_page()
    {
        using var learner = await Learner.NewAsync(server);
        await learner.ReadAllLessonsAsync();
        var read = await learner.Client.GetAsync($"/training/{Learner.Course}");
        Assert.True(read.Shows("— đã đọc"));
        Assert.False(read.Shows("— chưa đọc"));

        // As another instance or a database script would write: to the tables, nothing said to this site.
        await WriteBehindTheSiteAsync(db => db.LessonReads.Where(r => r.PersonId == learner.Person.Id).ExecuteDeleteAsync());
        var unread = await learner.StartAsync();
        Assert.True(unread.Shows("Hãy đọc hết các bài học trước khi làm bài kiểm tra."));

        await learner.ReadAllLessonsAsync();
        await learner.TakeQuizAsync(pass: true);
        var serial = Assert.Single(await CertificatesOfAsync(learner.Person.Id)).Serial;
        Assert.True((await learner.Client.GetAsync($"/training/{Learner.Course}")).Shows(serial));

        await WriteBehindTheSiteAsync(db => db.Certificates.Where(c => c.PersonId == learner.Person.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.RevokedAt, DateTimeOffset.UtcNow)));
        var revoked = await learner.Client.GetAsync($"/training/{Learner.Course}");
        Assert.False(revoked.Shows(serial));
        Assert.True(revoked.Html.Contains("handler=Start", StringComparison.Ordinal));
    }

    /// <summary>Two tabs starting the quiz at the same moment: one attempt, which both continue.</summary>
    [EngineFact]
    public async Task Starts_sent_at_the_same_moment_open_one_attempt()
    {
        using var learner = await Learner.NewAsync(server);
        await learner.ReadAllLessonsAsync();

        var pages = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => learner.StartAsync()));

        var attemptId = Learner.AttemptId(pages[0]);
        Assert.All(pages, page => Assert.Equal(attemptId, Learner.AttemptId(page)));
        Assert.Equal(1, await AttemptCountAsync(learner.Person.Id));
        var dealt = (await AttemptAsync(attemptId)).Questions;
        Assert.Equal(dealt.Count, dealt.Select(q => q.QuestionId).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, dealt.Count), dealt.Select(q => q.Order).Order());
    }

    [EngineFact]
    public async Task After_the_attempt_limit_no_further_attempt_starts()
    {
        using var learner = await Learner.NewAsync(server);
        await learner.ReadAllLessonsAsync();
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await learner.TakeQuizAsync(pass: false)).Shows("chưa đạt"));
        }

        var refused = await learner.StartAsync();

        Assert.True(refused.Shows("Bạn đã dùng hết 3 lượt làm bài"));
        Assert.Equal(3, await AttemptCountAsync(learner.Person.Id));
        Assert.Empty(await CertificatesOfAsync(learner.Person.Id));
    }

    /// <summary>
    /// The due date is enforced rather than merely reported: past it, an answered attempt is not accepted and no new
    /// one starts until the assigning unit extends the assignment, so the unit decides about late completion, not the
    /// learner. A new school of the other district carries the only assignment, so no other due date covers it.
    /// </summary>
    [EngineFact]
    public async Task Past_the_due_date_the_quiz_is_refused_until_the_unit_extends_it()
    {
        var school = await new OrganizationBuilder(server).School().Under(await server.OrganizationAsync(DemoAccounts.OtherDistrict)).CreateAsync();
        var assignmentId = await AssignAsync(school, dueInDays: 10);
        using var learner = await Learner.NewAsync(server, school.Code);
        await learner.ReadAllLessonsAsync();
        var page = await learner.StartAsync();
        var attemptId = Learner.AttemptId(page);
        while (page.Html.Contains("name=\"questionId\"", StringComparison.Ordinal))
        {
            page = await learner.AnswerAsync(page, right: true);
        }

        await MoveDueDateAsync(assignmentId, -1);
        var late = await learner.SubmitAsync(page);

        Assert.True(late.Shows("Đã quá hạn hoàn thành"));
        Assert.Null((await AttemptAsync(attemptId)).SubmittedAt);
        Assert.Empty(await CertificatesOfAsync(learner.Person.Id));
        using var colleague = await Learner.NewAsync(server, school.Code);
        await colleague.ReadAllLessonsAsync();
        Assert.True((await colleague.StartAsync()).Shows("Đã quá hạn hoàn thành"));
        Assert.Equal(0, await AttemptCountAsync(colleague.Person.Id));
    }

    [EngineFact]
    public async Task An_attempt_resumes_where_it_stopped_after_a_restart()
    {
        using var learner = await Learner.NewAsync(server);
        await learner.ReadAllLessonsAsync();
        var page = await learner.StartAsync();
        var attemptId = Learner.AttemptId(page);
        page = await learner.AnswerAsync(page, right: true);
        await learner.AnswerAsync(page, right: true);
        var order = (await AttemptAsync(attemptId)).Questions.OrderBy(q => q.Order).Select(q => q.QuestionId).ToList();

        await server.RestartAsync();
        await learner.SignInAsync();
        var resumed = await learner.StartAsync();

        Assert.Equal($"/training/attempts/{attemptId}", resumed.Path);
        Assert.True(resumed.Shows("Đã trả lời 2/"));
        Assert.Equal(order[2].ToString(System.Globalization.CultureInfo.InvariantCulture), resumed.InputValue("questionId"));
        Assert.Equal(order, (await AttemptAsync(attemptId)).Questions.OrderBy(q => q.Order).Select(q => q.QuestionId).ToList());
    }

    [EngineFact]
    public async Task The_public_page_verifies_a_serial_says_revoked_without_the_reason_and_404s_an_unknown_one()
    {
        using var learner = await Learner.NewAsync(server);
        await learner.ReadAllLessonsAsync();
        await learner.TakeQuizAsync(pass: true);
        var certificate = Assert.Single(await CertificatesOfAsync(learner.Person.Id));
        using var visitor = server.CreateClient();

        var valid = await visitor.GetAsync($"/verify/{certificate.Serial}");
        Assert.Equal(HttpStatusCode.OK, valid.Status);
        Assert.True(valid.Shows("Chứng nhận này hợp lệ và còn hiệu lực."));
        Assert.True(valid.Shows(learner.Person.FullName));
        Assert.False(valid.Shows(learner.Person.Email!));

        var officer = await server.ScopeOfAsync(DemoAccounts.DistrictOfficer);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<Certificates>().RevokeAsync(officer, certificate.Id, "Gian lận khi làm bài", CancellationToken.None);
            Assert.True(outcome.Succeeded);
        }
        var revoked = await visitor.GetAsync($"/verify/{certificate.Serial}");
        Assert.True(revoked.Shows("Chứng nhận này đã bị thu hồi."));
        Assert.False(revoked.Shows("Gian lận"));

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/verify/CS-2026-AAAA-BBBB")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/verify/not-a-serial")).Status);
    }

    [EngineFact]
    public async Task An_officer_of_another_district_cannot_revoke()
    {
        using var learner = await Learner.NewAsync(server);
        await learner.ReadAllLessonsAsync();
        await learner.TakeQuizAsync(pass: true);
        var certificate = Assert.Single(await CertificatesOfAsync(learner.Person.Id));
        var outsider = await new PersonBuilder(server).In(DemoAccounts.OtherDistrict).As(Core.People.Position.Manager).WithRoles(Core.People.Roles.DistrictOfficer).CreateAsync();

        await using var scope = server.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<Certificates>()
            .RevokeAsync(await server.ScopeOfAsync(outsider.Email!), certificate.Id, "Không có quyền", CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Null(Assert.Single(await CertificatesOfAsync(learner.Person.Id)).RevokedAt);
    }

    private static string MainOf(Page page) => page.Html[page.Html.IndexOf("<main", StringComparison.Ordinal)..page.Html.IndexOf("</main>", StringComparison.Ordinal)];

    private async Task WriteBehindTheSiteAsync(Func<TrainingDbContext, Task<int>> write)
    {
        await using var scope = server.Services.CreateAsyncScope();
        Assert.NotEqual(0, await write(scope.ServiceProvider.GetRequiredService<TrainingDbContext>()));
    }

    private async Task<List<Certificate>> CertificatesOfAsync(Guid personId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Certificates.AsNoTracking().Where(c => c.PersonId == personId).ToListAsync();
    }

    private async Task<QuizAttempt> AttemptAsync(long id)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().QuizAttempts.AsNoTracking().Include(a => a.Questions).SingleAsync(a => a.Id == id);
    }

    private async Task<int> AssignAsync(Core.Organizations.Organization school, int dueInDays)
    {
        var administrator = await server.ScopeOfAsync(DemoAccounts.Administrator);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var assignment = new ChildSafety.Training.Assignments.Assignment
        {
            CourseId = await db.Courses.Where(c => c.Slug == Learner.Course).Select(c => c.Id).SingleAsync(),
            OrganizationId = school.Id,
            OrganizationPath = school.Path,
            DueOn = today.AddDays(dueInDays),
            AssignedOn = today.AddDays(-30),
            AssignedById = administrator.PersonId,
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        db.Assignments.Add(assignment);
        await db.SaveChangesAsync();
        await scope.ServiceProvider.EvictLiveAssignmentsAsync();
        return assignment.Id;
    }

    private async Task MoveDueDateAsync(int assignmentId, int dueInDays)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var due = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(dueInDays);
        await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Assignments.Where(a => a.Id == assignmentId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.DueOn, due));
        await scope.ServiceProvider.EvictLiveAssignmentsAsync();
    }

    private async Task<int> AttemptCountAsync(Guid personId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().QuizAttempts.CountAsync(a => a.PersonId == personId);
    }

    /// <summary>A save as the attempt page's script sends it: the form's fields and token, to the save endpoint the form names.</summary>
    private static async Task<HttpResponseMessage> SaveInBackgroundAsync(Learner learner, string attemptPath, string? antiforgeryToken, int questionId, IEnumerable<int> options)
    {
        List<KeyValuePair<string, string>> fields =
            [new("questionId", questionId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("go", "next"),
             .. options.Select(o => KeyValuePair.Create("selected", o.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        if (antiforgeryToken is not null)
        {
            fields.Add(new("__RequestVerificationToken", antiforgeryToken));
        }
        return await learner.Client.Raw.PostAsync($"{attemptPath}/answers", new FormUrlEncodedContent(fields));
    }

    /// <summary>The reasons a refused background save gives, as the script shows them.</summary>
    private static async Task<List<string>> RefusalsAsync(HttpResponseMessage refused)
    {
        using var reply = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        return [.. reply.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!)];
    }

    private async Task<int> QuestionOfAnotherVersionAsync(int versionId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Questions.Where(q => q.CourseVersionId != versionId).Select(q => q.Id).FirstAsync();
    }

    private async Task<int> ForeignOptionAsync(int questionId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        return await db.Questions.Where(q => q.Id != questionId).SelectMany(q => q.Options).Select(o => o.Id).FirstAsync();
    }
}

public sealed class QuizOnSqlite(SqliteSite server) : QuizSpecs(server), IClassFixture<SqliteSite>;

public sealed class QuizOnPostgres(PostgresSite server) : QuizSpecs(server), IClassFixture<PostgresSite>;
