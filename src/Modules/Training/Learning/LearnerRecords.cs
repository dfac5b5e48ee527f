using ChildSafety.Core.Data;
using ChildSafety.Training.Certificates;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Data;
using ChildSafety.Training.Quizzes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ChildSafety.Training.Learning;

/// <summary>
/// A person's own learning records in every course, kept in memory under their <see cref="LearningStamp"/>: each
/// course page, lesson page, lesson read and start works out a standing, and a teacher taking a quiz asks a dozen
/// times for records that changed once or twice. One small query reads the stamp; the four kinds are read again only
/// when it moved. The stamp is read first, so a change landing during the reads can only make the copy look older
/// than it is. Idle copies go after <see cref="Idle"/>. The person's own writes change the copy as they changed the
/// database (<see cref="Wrote"/>), so that a lesson read or a start is not followed by a reload.
/// </summary>
public sealed class LearnerRecords(TrainingDbContext db, IMemoryCache cache)
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    private static readonly MemoryCacheEntryOptions Keeping = new() { SlidingExpiration = Idle, Size = 1 };

    private (Guid PersonId, long Stamp)? expected;

    /// <summary>
    /// The person's stamp as the caller has just read it (<see cref="SignedInLearner"/>): the next read of their
    /// records uses it instead of reading it again. Once only — a later read in the same request, after a write, reads
    /// the stamp afresh.
    /// </summary>
    public void Expect(Guid personId, long stamp) => expected = (personId, stamp);

    /// <summary>Shared between requests, so read-only.</summary>
    public async Task<LearnerRecordSet> OfAsync(Guid personId, CancellationToken cancellationToken)
    {
        var queries = StandingQueries.Of(db);
        var stamp = expected is { } known && known.PersonId == personId ? known.Stamp : await queries.Stamp(db, personId, cancellationToken);
        expected = null;
        if (Kept(personId) is { } kept && kept.Stamp == stamp)
        {
            return kept;
        }
        await using var open = await OpenConnection.OfAsync(db, cancellationToken);
        var certificates = await queries.Certificates(db, personId).ToListAsync(cancellationToken);
        var attempts = await queries.Attempts(db, personId).ToListAsync(cancellationToken);
        var grants = await queries.Grants(db, personId).ToListAsync(cancellationToken);
        var reads = await queries.Reads(db, personId).ToListAsync(cancellationToken);
        var records = new LearnerRecordSet(stamp, certificates.ToLookup(c => c.CourseId), attempts.ToLookup(a => a.CourseId),
            grants.ToLookup(g => g.CourseId), reads.ToLookup(r => r.CourseId));
        cache.Set(KeyOf(personId), records, Keeping);
        return records;
    }

    /// <summary>The copy kept for the person, if any, current or not; the database is not asked.</summary>
    public LearnerRecordSet? Kept(Guid personId) => cache.TryGetValue(KeyOf(personId), out LearnerRecordSet? kept) ? kept : null;

    /// <summary>
    /// After a write of the person's records has committed: the kept copy, changed as the write changed the
    /// database, is kept under the stamp the write's triggers raised it to — <paramref name="raises"/>, one for each
    /// row written to the four tables. Each change replaces or adds by key, so a copy that already shows the write
    /// comes out the same; if anyone else wrote since the copy's stamp was read, the database's stamp is past the
    /// one given, and the next read loads afresh as it always did.
    /// </summary>
    public void Wrote(Guid personId, int raises, Func<LearnerRecordSet, LearnerRecordSet?> change)
    {
        if (Kept(personId) is { } kept && change(kept) is { } changed)
        {
            cache.Set(KeyOf(personId), changed with { Stamp = kept.Stamp + raises }, Keeping);
        }
    }

    private static (string, Guid) KeyOf(Guid personId) => ("learner-records", personId);
}
