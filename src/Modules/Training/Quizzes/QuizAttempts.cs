using ChildSafety.Core;
using ChildSafety.Core.Audit;
using ChildSafety.Core.Data;
using ChildSafety.Core.Text;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Certificates;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Data;
using ChildSafety.Training.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Quizzes;

/// <summary>
/// Starts or resumes an attempt and submits it once: the score is worked out here from the answers stored by
/// <see cref="QuizAnswers"/>, and on a pass the certificate is issued in the same transaction as the submission.
/// </summary>
public sealed class QuizAttempts(
    TrainingDbContext db,
    Standings standings,
    DealtQuestions dealt,
    AttemptOutlines outlines,
    SubmittedAttempts submitted,
    GroupCommit<TrainingDbContext> writes,
    LearnerRecords records,
    TimeProvider clock,
    IStringLocalizer<TrainingText> text)
{
    public async Task<(Outcome Outcome, long? AttemptId)> StartAsync(Member member, string courseSlug, CancellationToken cancellationToken)
    {
        var standing = await standings.OfAsync(member, courseSlug, cancellationToken);
        if (standing is null)
        {
            return (Outcome.Fail("", text["Không tìm thấy khoá học này, hoặc khoá học không dành cho bạn."]), null);
        }
        if (standing.Open is { } open)
        {
            return (Outcome.Success, open.Id);
        }
        if (Refusal(standing) is { } refusal)
        {
            return (Outcome.Fail("", refusal), null);
        }
        var version = standing.ToTake!;
        if (version.Lessons.Any(l => !standing.LessonsRead.Contains(l.LessonId)))
        {
            return (Outcome.Fail("", text["Hãy đọc hết các bài học trước khi làm bài kiểm tra."]), null);
        }
        var questions = (await dealt.OfVersionAsync(version.Id, cancellationToken)).Values.ToList();
        if (questions.Count == 0)
        {
            return (Outcome.Fail("", text["Khoá học này chưa có câu hỏi kiểm tra."]), null);
        }
        // The standing read every attempt of the course; one started since is refused by the unique number below.
        var number = 1 + standing.Attempts.Select(a => a.Number).DefaultIfEmpty().Max();
        var startedAt = clock.GetUtcNow();
        try
        {
            // The attempt and its dealt questions share their commit with the answers and starts of the moment, as
            // the writes of the quiz do. A grouped write may run twice, so the attempt is made afresh each time.
            var started = await writes.RunAsync(async (writer, written) =>
            {
                var attempt = new QuizAttempt
                {
                    PersonId = member.PersonId,
                    OrganizationId = member.OrganizationId,
                    CourseId = standing.Course.Id,
                    CourseVersionId = version.Id,
                    Number = number,
                    StartedAt = startedAt,
                };
                writer.QuizAttempts.Add(attempt);
                await writer.SaveWithoutSavepointAsync(written);
                writer.ChangeTracker.Clear();
                await DealtQuestionRows.InsertAsync(writer, attempt.Id, QuizShuffle.Deal(questions, Random.Shared), written);
                return attempt;
            }, cancellationToken);
            records.Wrote(member.PersonId, raises: 1, kept => kept.With(started));
            return (Outcome.Success, started.Id);
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            // Another request started the same attempt number a moment ago: continue that one.
            var again = await standings.OfAsync(member, courseSlug, cancellationToken);
            return again?.Open is { } started ? (Outcome.Success, started.Id) : (Outcome.Fail("", text["Không bắt đầu được bài làm; hãy thử lại."]), null);
        }
    }

    /// <summary>Null for an attempt that is not the person's: a forged id learns nothing.</summary>
    public async Task<AttemptSheet?> SheetAsync(Guid personId, long attemptId, CancellationToken cancellationToken)
    {
        var attempt = await AttemptQueries.Of(db).Attempt(db, attemptId, personId, cancellationToken);
        if (attempt is null)
        {
            return null;
        }
        if (attempt.IsOpen)
        {
            outlines.Remember(attempt);
        }
        var taken = await dealt.VersionAsync(attempt.CourseVersionId, cancellationToken);
        var version = taken.Version;
        var questions = await dealt.OfVersionAsync(version.Id, cancellationToken);
        var sheet = attempt.Questions.OrderBy(q => q.Order).Select(row =>
        {
            var question = questions[row.QuestionId];
            var options = question.Options.ToDictionary(o => o.Id);
            return new SheetQuestion(row, question, row.OptionIds.Select(id => options[id]).ToList());
        }).ToList();
        return new AttemptSheet(attempt, taken.Slug, version, sheet);
    }

    /// <summary>
    /// Scores the stored answers and, in one transaction, closes the attempt, issues the certificate on a pass and
    /// appends both to the audit trail.
    /// </summary>
    public async Task<Outcome> SubmitAsync(Member member, long attemptId, CancellationToken cancellationToken)
    {
        var sheet = await SheetAsync(member.PersonId, attemptId, cancellationToken);
        if (sheet is null)
        {
            return Outcome.Fail("", text["Không tìm thấy bài làm này."]);
        }
        if (sheet.Attempt.SubmittedAt is { } submittedAt)
        {
            return Outcome.Fail("", text["Bài làm này đã được nộp lúc {0:HH:mm dd/MM/yyyy}; điểm không thay đổi.", VietnamTime.ToLocal(submittedAt)]);
        }
        var unanswered = sheet.Questions.Count - sheet.Answered;
        if (unanswered > 0)
        {
            return Outcome.Fail("", text["Còn {0} câu chưa trả lời; hãy trả lời hết rồi nộp bài.", unanswered]);
        }
        var dues = await standings.DueDatesAsync(member, cancellationToken);
        if (dues.TryGetValue(sheet.Attempt.CourseId, out var due) && due < VietnamTime.Today(clock))
        {
            return Outcome.Fail("", text["Đã quá hạn hoàn thành ({0:dd/MM/yyyy}); bài làm không được nộp. Hãy đề nghị đơn vị gia hạn.", due]);
        }

        var score = QuizScoring.Score(sheet.Questions.Select(q => q.Question).ToList(),
            sheet.Questions.ToDictionary(q => q.Question.Id, q => q.Row.SelectedIds));
        var passed = QuizScoring.Passes(score, sheet.Version.PassMark);
        var now = clock.GetUtcNow();
        // The submit shares its commit with the answers and starts of the moment; it may run twice, so everything it
        // stores is made inside, and the audit trail is the commit's own, not this request's.
        var (closed, issued) = await writes.RunAsync<(bool, Certificate?)>(async (writer, services, written) =>
        {
            var closing = await writer.QuizAttempts.Where(a => a.Id == attemptId && a.SubmittedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.SubmittedAt, now).SetProperty(a => a.Score, score).SetProperty(a => a.Passed, passed), written);
            if (closing == 0)
            {
                return (false, null);
            }
            Certificate? certificate = null;
            List<AuditEntry> events = [new(CourseAuditKinds.Completed, member.PersonId, member.PersonId, member.OrganizationId,
                $"course {sheet.Attempt.CourseId} version {sheet.Version.Id} attempt {attemptId} score {score} {(passed ? "passed" : "failed")}")];
            if (passed)
            {
                certificate = new Certificate
                {
                    Serial = CertificateSerial.New(now),
                    PersonId = member.PersonId,
                    CourseId = sheet.Attempt.CourseId,
                    CourseVersionId = sheet.Version.Id,
                    AttemptId = attemptId,
                    OrganizationId = member.OrganizationId,
                    OrganizationPath = member.OrganizationPath,
                    IssuedAt = now,
                    ExpiresAt = Recertification.ExpiryOf(now, sheet.Version.ValidityMonths),
                };
                writer.Certificates.Add(certificate);
                await writer.SaveWithoutSavepointAsync(written);
                writer.ChangeTracker.Clear();
                events.Add(new(CourseAuditKinds.CertificateIssued, member.PersonId, member.PersonId, member.OrganizationId,
                    $"certificate {certificate.Serial} course {certificate.CourseId} expires {certificate.ExpiresAt:yyyy-MM-dd}"));
            }
            await services.GetRequiredService<AuditTrail>().AppendWithinAsync(writer.Database, events, written);
            return (true, certificate);
        }, cancellationToken);
        outlines.Forget(attemptId);
        if (!closed)
        {
            return Outcome.Fail("", text["Bài làm này đã được nộp; điểm không thay đổi."]);
        }
        submitted.Keep(sheet with { Attempt = sheet.Attempt.Closed(now, score, passed) }, issued?.Serial);
        // The attempt's update and the certificate's insert: one raise each.
        records.Wrote(member.PersonId, raises: issued is null ? 1 : 2, kept =>
        {
            if (kept.Attempts[sheet.Attempt.CourseId].FirstOrDefault(a => a.Id == attemptId) is not { } open)
            {
                return null;
            }
            var changed = kept.With(open.Closed(now, score, passed));
            return issued is null ? changed : changed.With(issued);
        });
        return Outcome.Success;
    }

    /// <summary>Why the person may not start an attempt now, or null when they may.</summary>
    private string? Refusal(CourseStanding standing)
    {
        if (standing.ToTake is null)
        {
            return text["Bạn đang có chứng nhận còn hiệu lực đến {0:dd/MM/yyyy}; có thể bồi dưỡng lại từ {1:dd/MM/yyyy}.",
                VietnamTime.ToLocal(standing.Current!.ExpiresAt), VietnamTime.ToLocal(Recertification.OpensAt(standing.Current.ExpiresAt))];
        }
        if (standing.DueOn is { } due && due < VietnamTime.Today(clock))
        {
            return text["Đã quá hạn hoàn thành ({0:dd/MM/yyyy}). Hãy đề nghị đơn vị gia hạn để làm bài.", due];
        }
        if (!standing.AttemptsLeft)
        {
            return text["Bạn đã dùng hết {0} lượt làm bài. Hãy liên hệ đơn vị của bạn.", standing.AttemptsAllowed];
        }
        return null;
    }
}
