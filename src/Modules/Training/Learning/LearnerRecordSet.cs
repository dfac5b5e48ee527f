using ChildSafety.Training.Certificates;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Quizzes;

namespace ChildSafety.Training.Learning;

/// <summary>
/// A person's unrevoked certificates, attempts, attempts granted and lessons read, by course. Shared between
/// requests, so never changed: the <c>With</c> methods give a new set, replacing a record with the same key.
/// </summary>
public sealed record LearnerRecordSet(
    long Stamp,
    ILookup<int, Certificate> Certificates,
    ILookup<int, QuizAttempt> Attempts,
    ILookup<int, AttemptGrant> Grants,
    ILookup<int, LessonRead> Reads)
{
    public LearnerRecordSet With(QuizAttempt attempt) =>
        this with { Attempts = Replacing(Attempts, attempt, a => a.Id == attempt.Id, a => a.CourseId) };

    public LearnerRecordSet With(Certificate certificate) =>
        this with { Certificates = Replacing(Certificates, certificate, c => c.Id == certificate.Id, c => c.CourseId) };

    public LearnerRecordSet With(LessonRead read) =>
        this with { Reads = Replacing(Reads, read, r => r.CourseId == read.CourseId && r.LessonId == read.LessonId, r => r.CourseId) };

    private static ILookup<int, T> Replacing<T>(ILookup<int, T> records, T record, Func<T, bool> same, Func<T, int> course) =>
        records.SelectMany(g => g).Where(r => !same(r)).Append(record).ToLookup(course);
}
