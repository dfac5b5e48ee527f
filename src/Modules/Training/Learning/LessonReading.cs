using ChildSafety.Core.Data;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Learning;

/// <summary>
/// Marks a lesson read in one statement: a first read inserts the mark, a later one (another tab, or a read before
/// a renewal, which no longer counts) refreshes its time. Both engines take the same upsert, so a repeated read
/// neither fails on the unique index nor leaves a second row. The mark shares its commit with the other small writes
/// of the moment (<see cref="GroupCommit{TContext}"/>): a staff meeting opening a new course together would otherwise
/// queue one sync to disk per lesson. The mark, with the id the upsert returns, goes into the person's kept records.
/// </summary>
public sealed class LessonReading(GroupCommit<TrainingDbContext> writes, LearnerRecords records, TimeProvider clock)
{
    public async Task MarkReadAsync(Guid personId, int courseId, Guid lessonId, CancellationToken cancellationToken)
    {
        var readAt = clock.GetUtcNow();
        var id = await writes.RunAsync(async (db, written) =>
        {
            var person = PropertyParameter.Of<LessonRead>(db, nameof(LessonRead.PersonId), personId);
            var course = PropertyParameter.Of<LessonRead>(db, nameof(LessonRead.CourseId), courseId);
            var lesson = PropertyParameter.Of<LessonRead>(db, nameof(LessonRead.LessonId), lessonId);
            var at = PropertyParameter.Of<LessonRead>(db, nameof(LessonRead.ReadAt), readAt);
            var ids = await db.Database.SqlQuery<long>($"""
                INSERT INTO "LessonReads" ("PersonId", "CourseId", "LessonId", "ReadAt") VALUES ({person}, {course}, {lesson}, {at})
                ON CONFLICT ("PersonId", "CourseId", "LessonId") DO UPDATE SET "ReadAt" = excluded."ReadAt"
                RETURNING "Id" AS "Value"
                """).ToListAsync(written);
            return ids[0];
        }, cancellationToken);
        // The upsert inserts or updates one row: one raise either way.
        records.Wrote(personId, raises: 1, kept => kept.With(new LessonRead { Id = id, PersonId = personId, CourseId = courseId, LessonId = lessonId, ReadAt = readAt }));
    }
}
