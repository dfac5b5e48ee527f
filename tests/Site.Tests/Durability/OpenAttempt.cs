using ChildSafety.Site.Tests.Training;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Conduct;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Data;
using ChildSafety.Training.Learning;
using ChildSafety.Training.Quizzes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Durability;

/// <summary>
/// A new teacher of the demo school who has accepted the code, read the lessons and started the quiz, prepared
/// through the services rather than the pages: dozens of sign-ins on the in-process site would hit its login limit.
/// </summary>
public sealed record OpenAttempt(string Email, long AttemptId, IReadOnlyList<(int QuestionId, IReadOnlyList<int> Right)> Questions)
{
    public static async Task<OpenAttempt> StartAsync(SiteServer server)
    {
        var person = await new PersonBuilder(server).CreateAsync();
        var caller = await server.ScopeOfAsync(person.Email!);
        await using var scope = server.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var acknowledgments = services.GetRequiredService<ConductAcknowledgments>();
        var inForce = (await acknowledgments.StatusAsync(caller.PersonId, caller.OrganizationPath, caller.Position, CancellationToken.None)).InForce!;
        await acknowledgments.AnswerAsync(caller, new ConductAnswer(inForce.VersionId, inForce.ContentHash, AcknowledgmentDecision.Accepted, "127.0.0.1"), CancellationToken.None);

        var member = (await services.GetRequiredService<MemberDirectory>().FindAsync(person.Id, CancellationToken.None))!;
        var standing = (await services.GetRequiredService<Standings>().OfAsync(member, Learner.Course, CancellationToken.None))!;
        var db = services.GetRequiredService<TrainingDbContext>();
        db.LessonReads.AddRange(standing.ToTake!.Lessons.Select(l => new LessonRead { PersonId = person.Id, CourseId = standing.Course.Id, LessonId = l.LessonId, ReadAt = DateTimeOffset.UtcNow }));
        await db.SaveChangesAsync();

        var (_, attemptId) = await services.GetRequiredService<QuizAttempts>().StartAsync(member, Learner.Course, CancellationToken.None);
        var rows = await db.AttemptQuestions.AsNoTracking().Where(q => q.AttemptId == attemptId).OrderBy(q => q.Order).Select(q => q.QuestionId).ToListAsync();
        var questions = await db.Questions.AsNoTracking().Include(q => q.Options).Where(q => rows.Contains(q.Id)).ToDictionaryAsync(q => q.Id);
        return new OpenAttempt(person.Email!, attemptId!.Value,
            [.. rows.Select(id => (id, (IReadOnlyList<int>)[.. questions[id].Options.Where(o => o.IsCorrect).Select(o => o.Id)]))]);
    }

    /// <summary>Saves the right answer to every question, leaving the attempt ready to submit.</summary>
    public async Task AnswerAllRightAsync(SiteServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var answers = scope.ServiceProvider.GetRequiredService<QuizAnswers>();
        var personId = (await server.ScopeOfAsync(Email)).PersonId;
        foreach (var (questionId, right) in Questions)
        {
            await answers.SaveAsync(personId, AttemptId, questionId, right, CancellationToken.None);
        }
    }
}
