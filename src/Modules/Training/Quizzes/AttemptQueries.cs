using ChildSafety.Core.Data;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Quizzes;

/// <summary>
/// The reads behind every question shown and every answer saved, compiled once per model: under the quiz load,
/// turning their LINQ into SQL again on each request (parameter extraction, the query cache's lookup) was a
/// measurable share of the site's CPU. One set per model (<see cref="CompiledQueries"/>).
/// </summary>
internal sealed class AttemptQueries
{
    public static AttemptQueries Of(TrainingDbContext db) => CompiledQueries.For<AttemptQueries>(db);

    /// <summary>The person's attempt with its dealt questions, or null when it is not theirs.</summary>
    public Func<TrainingDbContext, long, Guid, CancellationToken, Task<QuizAttempt?>> Attempt { get; } =
        EF.CompileAsyncQuery((TrainingDbContext db, long attemptId, Guid personId, CancellationToken _) =>
            db.QuizAttempts.AsNoTracking().Include(a => a.Questions).FirstOrDefault(a => a.Id == attemptId && a.PersonId == personId));

    public Func<TrainingDbContext, int, CancellationToken, Task<TakenVersion>> Version { get; } =
        EF.CompileAsyncQuery((TrainingDbContext db, int versionId, CancellationToken _) =>
            db.CourseVersions.AsNoTracking().Where(v => v.Id == versionId).Select(v => new TakenVersion(v, v.Course!.Slug)).First());
}

internal sealed record TakenVersion(CourseVersion Version, string Slug);
