using ChildSafety.Training.Courses;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Training;

/// <summary>
/// Marking lessons read through the real pages: reading a lesson again adds no second mark, and a read after the
/// certificate — which the earlier mark no longer counts for — refreshes that mark instead of failing on it.
/// </summary>
public abstract class LessonReadSpecs(SiteServer server)
{
    [EngineFact]
    public async Task A_lesson_read_twice_is_recorded_once()
    {
        using var learner = await Learner.NewAsync(server);
        await learner.ReadAllLessonsAsync();
        var first = await ReadsOfAsync(learner.Person.Id);

        await learner.ReadAllLessonsAsync();

        Assert.NotEmpty(first);
        Assert.Equal(first.Select(r => r.LessonId).Distinct().Count(), first.Count);
        Assert.Equal(first.Select(r => (r.Id, r.LessonId, r.ReadAt)), (await ReadsOfAsync(learner.Person.Id)).Select(r => (r.Id, r.LessonId, r.ReadAt)));
    }

    [EngineFact]
    public async Task A_lesson_read_again_after_the_certificate_refreshes_its_mark_without_a_second_row()
    {
        using var learner = await Learner.NewAsync(server);
        await learner.ReadAllLessonsAsync();
        await learner.TakeQuizAsync(pass: true);
        var before = await ReadsOfAsync(learner.Person.Id);

        var lesson = await learner.Client.GetAsync($"/training/{Learner.Course}/lessons/1");
        await learner.Client.PostAsync(lesson.Path, lesson.AntiforgeryToken(), []);

        var after = await ReadsOfAsync(learner.Person.Id);
        Assert.Equal(before.Select(r => (r.Id, r.LessonId)), after.Select(r => (r.Id, r.LessonId)));
        var issuedAt = await IssuedAtAsync(learner.Person.Id);
        Assert.Single(after, r => r.ReadAt > issuedAt);
    }

    private async Task<List<LessonRead>> ReadsOfAsync(Guid personId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().LessonReads.AsNoTracking()
            .Where(r => r.PersonId == personId).OrderBy(r => r.Id).ToListAsync();
    }

    private async Task<DateTimeOffset> IssuedAtAsync(Guid personId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Certificates.Where(c => c.PersonId == personId)
            .Select(c => c.IssuedAt).SingleAsync();
    }
}

public sealed class LessonReadOnSqlite(SqliteSite server) : LessonReadSpecs(server), IClassFixture<SqliteSite>;

public sealed class LessonReadOnPostgres(PostgresSite server) : LessonReadSpecs(server), IClassFixture<PostgresSite>;
