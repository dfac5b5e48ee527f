using ChildSafety.Core.Data;
using ChildSafety.Training.Certificates;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Data;
using ChildSafety.Training.Quizzes;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Learning;

/// <summary>
/// A person's records behind every course page and every start of an attempt, compiled once per model
/// (<see cref="CompiledQueries"/>): four queries a standing, and turning their LINQ into SQL again each time was
/// a good share of the course page's CPU.
/// </summary>
internal sealed class StandingQueries
{
    public static StandingQueries Of(TrainingDbContext db) => CompiledQueries.For<StandingQueries>(db);

    public Func<TrainingDbContext, Guid, List<int>, DateTimeOffset, IAsyncEnumerable<Certificate>> Certificates { get; } =
        EF.CompileAsyncQuery((TrainingDbContext db, Guid personId, List<int> courseIds, DateTimeOffset now) =>
            db.Certificates.AsNoTracking().Where(c => c.PersonId == personId && courseIds.Contains(c.CourseId) && c.RevokedAt == null && c.ExpiresAt > now));

    public Func<TrainingDbContext, Guid, List<int>, IAsyncEnumerable<QuizAttempt>> Attempts { get; } =
        EF.CompileAsyncQuery((TrainingDbContext db, Guid personId, List<int> courseIds) =>
            db.QuizAttempts.AsNoTracking().Where(a => a.PersonId == personId && courseIds.Contains(a.CourseId)));

    public Func<TrainingDbContext, Guid, List<int>, IAsyncEnumerable<AttemptGrant>> Grants { get; } =
        EF.CompileAsyncQuery((TrainingDbContext db, Guid personId, List<int> courseIds) =>
            db.AttemptGrants.AsNoTracking().Where(g => g.PersonId == personId && courseIds.Contains(g.CourseId)));

    public Func<TrainingDbContext, Guid, List<int>, IAsyncEnumerable<LessonRead>> Reads { get; } =
        EF.CompileAsyncQuery((TrainingDbContext db, Guid personId, List<int> courseIds) =>
            db.LessonReads.AsNoTracking().Where(r => r.PersonId == personId && courseIds.Contains(r.CourseId)));
}
