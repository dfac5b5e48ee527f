using ChildSafety.Core;
using ChildSafety.Core.Data;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Quizzes;

/// <summary>
/// Saves one answer of an open attempt as it is given, committed together with the answers other teachers give at the
/// same moment. Apart from <see cref="QuizAttempts"/> because ten of a quiz's sixteen requests are answer saves: a
/// save needs the attempt's outline and questions (both kept in memory) and the group commit, not the standings, the
/// audit trail and their contexts. Whether the attempt is still open is the update's own condition.
/// </summary>
public sealed class QuizAnswers(
    AttemptOutlines outlines,
    DealtQuestions dealt,
    GroupCommit<TrainingDbContext> answerSaves,
    TimeProvider clock,
    IStringLocalizer<TrainingText> text)
{
    /// <summary>On success, where the question stands, so that the next page needs no sheet.</summary>
    public async Task<(Outcome Outcome, AnswerPlace? Place)> SaveAsync(Guid personId, long attemptId, int questionId, IReadOnlyCollection<int> selected, CancellationToken cancellationToken)
    {
        if (await outlines.OfAsync(personId, attemptId, cancellationToken) is not { } attempt)
        {
            return (Outcome.Fail("", text["Không tìm thấy bài làm này."]), null);
        }
        if (!attempt.Orders.TryGetValue(questionId, out var order))
        {
            return (Outcome.Fail("", text["Câu hỏi này không thuộc bài làm của bạn."]), null);
        }
        if (selected.Count == 0)
        {
            return (Outcome.Fail("", text["Hãy chọn câu trả lời trước khi lưu."]), null);
        }
        var question = (await dealt.OfVersionAsync(attempt.CourseVersionId, cancellationToken))[questionId];
        if (!AnswerCheck.IsAcceptable(question, selected))
        {
            return (Outcome.Fail("", text["Câu trả lời không hợp lệ: hãy chọn trong các phương án của câu hỏi."]), null);
        }
        var answer = IdList.Format(selected.Order());
        var now = clock.GetUtcNow();
        // Still open at the moment of writing: a submit that won the race keeps the answers it scored. Written by hand
        // (PropertyParameter): translating the LINQ of this one statement was a tenth of a save's CPU.
        var saved = await answerSaves.RunAsync((writer, written) =>
        {
            var attemptParameter = PropertyParameter.Of<AttemptQuestion>(writer, nameof(AttemptQuestion.AttemptId), attemptId);
            var questionParameter = PropertyParameter.Of<AttemptQuestion>(writer, nameof(AttemptQuestion.QuestionId), questionId);
            var selectedParameter = PropertyParameter.Of<AttemptQuestion>(writer, nameof(AttemptQuestion.Selected), answer);
            var answeredParameter = PropertyParameter.Of<AttemptQuestion>(writer, nameof(AttemptQuestion.AnsweredAt), now);
            return writer.Database.ExecuteSqlAsync($"""
                UPDATE "AttemptQuestions" SET "Selected" = {selectedParameter}, "AnsweredAt" = {answeredParameter}
                WHERE "AttemptId" = {attemptParameter} AND "QuestionId" = {questionParameter}
                  AND EXISTS (SELECT 1 FROM "QuizAttempts" AS a WHERE a."Id" = "AttemptQuestions"."AttemptId" AND a."SubmittedAt" IS NULL)
                """, written);
        }, cancellationToken);
        return saved == 0
            ? (Outcome.Fail("", text["Bài làm này đã nộp; câu trả lời không thay đổi được nữa."]), null)
            : (Outcome.Success, new AnswerPlace(order, attempt.Orders.Count));
    }
}
