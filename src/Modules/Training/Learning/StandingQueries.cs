using ChildSafety.Core.Data;
using ChildSafety.Training.Certificates;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Data;
using ChildSafety.Training.Quizzes;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Learning;

/// <summary>
/// A person's learning records behind every course page and every start of an attempt, compiled once per model
/// (<see cref="CompiledQueries"/>): turning their LINQ into SQL again each time was a good share of the course
/// page's CPU.
/// </summary>
internal sealed class StandingQueries
{
    public static StandingQueries Of(TrainingDbContext db) => CompiledQueries.For<StandingQueries>(db);

    public Func<TrainingDbContext, Guid, CancellationToken, Task<long>> Stamp { get; } =
        EF.CompileAsyncQuery((TrainingDbContext db, Guid personId, CancellationToken _) =>
            db.LearningStamps.Where(s => s.PersonId == personId).Select(s => s.Stamp).FirstOrDefault());

    /// <summary>Revoked ones left out; expired ones are the caller's to leave out, as of its own moment.</summary>
    public Func<TrainingDbContext, Guid, IAsyncEnumerable<Certificate>> Certificates { get; } =
        EF.CompileAsyncQuery((TrainingDbContext db, Guid personId) =>
            db.Certificates.AsNoTracking().Where(c => c.PersonId == personId && c.RevokedAt == null));

    public Func<TrainingDbContext, Guid, IAsyncEnumerable<QuizAttempt>> Attempts { get; } =
        EF.CompileAsyncQuery((TrainingDbContext db, Guid personId) => db.QuizAttempts.AsNoTracking().Where(a => a.PersonId == personId));

    public Func<TrainingDbContext, Guid, IAsyncEnumerable<AttemptGrant>> Grants { get; } =
        EF.CompileAsyncQuery((TrainingDbContext db, Guid personId) => db.AttemptGrants.AsNoTracking().Where(g => g.PersonId == personId));

    public Func<TrainingDbContext, Guid, IAsyncEnumerable<LessonRead>> Reads { get; } =
        EF.CompileAsyncQuery((TrainingDbContext db, Guid personId) => db.LessonReads.AsNoTracking().Where(r => r.PersonId == personId));
}
