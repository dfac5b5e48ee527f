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
/// neither fails on the unique index nor leaves a second row.
/// </summary>
public sealed class LessonReading(TrainingDbContext db, TimeProvider clock)
{
    public async Task MarkReadAsync(Guid personId, int courseId, Guid lessonId, CancellationToken cancellationToken)
    {
        using var command = db.Database.GetDbConnection().CreateCommand();
        var (person, course, lesson, readAt) = (Parameter(command, nameof(LessonRead.PersonId), personId), Parameter(command, nameof(LessonRead.CourseId), courseId),
            Parameter(command, nameof(LessonRead.LessonId), lessonId), Parameter(command, nameof(LessonRead.ReadAt), clock.GetUtcNow()));
        using (await SqliteWriter.EnterAsync(db.Database, cancellationToken))
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "LessonReads" ("PersonId", "CourseId", "LessonId", "ReadAt") VALUES ({person}, {course}, {lesson}, {readAt})
                ON CONFLICT ("PersonId", "CourseId", "LessonId") DO UPDATE SET "ReadAt" = excluded."ReadAt"
                """, cancellationToken);
        }
    }

    /// <summary>A parameter typed and converted as EF would for the property (on SQLite a time is stored as a number).</summary>
    private DbParameter Parameter(DbCommand command, string property, object value) =>
        db.Model.FindEntityType(typeof(LessonRead))!.FindProperty(property)!.GetRelationalTypeMapping().CreateParameter(command, property, value);
}
