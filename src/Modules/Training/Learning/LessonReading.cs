using System.Data.Common;
using ChildSafety.Core.Data;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ChildSafety.Training.Learning;

/// <summary>
/// Marks a lesson read in one statement: a first read inserts the mark, a later one (another tab, or a read before
/// a renewal, which no longer counts) refreshes its time. Both engines take the same upsert, so a repeated read
/// neither fails on the unique index nor leaves a second row. The mark shares its commit with the other small writes
/// of the moment (<see cref="GroupCommit{TContext}"/>): a staff meeting opening a new course together would otherwise
/// queue one sync to disk per lesson.
/// </summary>
public sealed class LessonReading(GroupCommit<TrainingDbContext> writes, TimeProvider clock)
{
    public async Task MarkReadAsync(Guid personId, int courseId, Guid lessonId, CancellationToken cancellationToken)
    {
        var readAt = clock.GetUtcNow();
        await writes.RunAsync(async (db, written) =>
        {
            using var command = db.Database.GetDbConnection().CreateCommand();
            var person = Parameter(db, command, nameof(LessonRead.PersonId), personId);
            var course = Parameter(db, command, nameof(LessonRead.CourseId), courseId);
            var lesson = Parameter(db, command, nameof(LessonRead.LessonId), lessonId);
            var at = Parameter(db, command, nameof(LessonRead.ReadAt), readAt);
            return await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "LessonReads" ("PersonId", "CourseId", "LessonId", "ReadAt") VALUES ({person}, {course}, {lesson}, {at})
                ON CONFLICT ("PersonId", "CourseId", "LessonId") DO UPDATE SET "ReadAt" = excluded."ReadAt"
                """, written);
        }, cancellationToken);
    }

    /// <summary>A parameter typed and converted as EF would for the property (on SQLite a time is stored as a number).</summary>
    private static DbParameter Parameter(TrainingDbContext db, DbCommand command, string property, object value) =>
        db.Model.FindEntityType(typeof(LessonRead))!.FindProperty(property)!.GetRelationalTypeMapping().CreateParameter(command, property, value);
}
