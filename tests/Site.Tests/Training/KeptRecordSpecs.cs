using System.Text.Json;
using System.Text.Json.Serialization;
using ChildSafety.Training.Data;
using ChildSafety.Training.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Training;

/// <summary>
/// A teacher's own lesson reads, starts and submits change the records the site keeps for them as they changed the
/// database, under the stamp the database's triggers raised: after each, the kept copy is the database's, record for
/// record, so the next page needs no reload — and a stamp counted one too high would let a later write go unseen.
/// </summary>
public abstract class KeptRecordSpecs(SiteServer server)
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new AsStored() } };

    [EngineFact]
    public async Task After_each_of_a_teachers_own_writes_the_kept_records_are_the_databases()
    {
        using var learner = await Learner.NewAsync(server);
        // Checked after each mark, before the page it leads to: that page works out a standing, which would reload
        // a copy whose stamp is wrong and hide the error.
        await learner.ReadAllLessonsAsync(afterEachRead: () => AssertKeptAsStoredAsync(learner.Person.Id));

        await learner.StartAsync();
        await AssertKeptAsStoredAsync(learner.Person.Id);

        // Continues the attempt just started.
        await learner.SubmitAsync(await learner.AnswerEveryQuestionAsync(pass: false));
        await AssertKeptAsStoredAsync(learner.Person.Id);

        await learner.TakeQuizAsync(pass: true);
        await AssertKeptAsStoredAsync(learner.Person.Id);

        // Lessons read before a certificate count again once it is renewed: reading them now updates the marks.
        await learner.ReadAllLessonsAsync(afterEachRead: () => AssertKeptAsStoredAsync(learner.Person.Id));
    }

    private async Task AssertKeptAsStoredAsync(Guid personId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var kept = scope.ServiceProvider.GetRequiredService<LearnerRecords>().Kept(personId);
        Assert.NotNull(kept);
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        Assert.Equal(await db.LearningStamps.Where(s => s.PersonId == personId).Select(s => s.Stamp).SingleAsync(), kept.Stamp);
        Assert.Equal(Rows(await db.Certificates.AsNoTracking().Where(c => c.PersonId == personId && c.RevokedAt == null).ToListAsync(), c => c.Id),
            Rows(kept.Certificates.SelectMany(c => c), c => c.Id));
        Assert.Equal(Rows(await db.QuizAttempts.AsNoTracking().Where(a => a.PersonId == personId).ToListAsync(), a => a.Id),
            Rows(kept.Attempts.SelectMany(a => a), a => a.Id));
        Assert.Equal(Rows(await db.AttemptGrants.AsNoTracking().Where(g => g.PersonId == personId).ToListAsync(), g => g.Id),
            Rows(kept.Grants.SelectMany(g => g), g => g.Id));
        Assert.Equal(Rows(await db.LessonReads.AsNoTracking().Where(r => r.PersonId == personId).ToListAsync(), r => r.Id),
            Rows(kept.Reads.SelectMany(r => r), r => r.Id));
    }

    private static List<string> Rows<T>(IEnumerable<T> rows, Func<T, long> id) =>
        [.. rows.OrderBy(id).Select(row => JsonSerializer.Serialize(row, Json))];

    /// <summary>
    /// The copy keeps the times the site wrote, to the tick; SQLite's binary form keeps tenths of a millisecond and
    /// PostgreSQL microseconds.
    /// </summary>
    private sealed class AsStored : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.AddTicks(-(value.Ticks % (TimeSpan.TicksPerMillisecond / 10))).ToUniversalTime());
    }
}

public sealed class KeptRecordsOnSqlite(SqliteSite server) : KeptRecordSpecs(server), IClassFixture<SqliteSite>;

public sealed class KeptRecordsOnPostgres(PostgresSite server) : KeptRecordSpecs(server), IClassFixture<PostgresSite>;
