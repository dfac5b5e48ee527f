using ChildSafety.Content.Data;
using ChildSafety.Content.Items;
using ChildSafety.Content.Publishing;
using ChildSafety.Core.Content;
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

    [EngineFact]
    public async Task The_course_page_names_every_lesson_and_counts_those_read()
    {
        using var learner = await Learner.NewAsync(server);
        var titles = await LessonTitlesAsync(Learner.Course);

        var unread = await learner.Client.GetAsync($"/training/{Learner.Course}");
        await learner.ReadAllLessonsAsync();
        var read = await learner.Client.GetAsync($"/training/{Learner.Course}");

        Assert.NotEmpty(titles);
        Assert.All(titles, title => Assert.True(unread.Shows(title), title));
        Assert.True(unread.Shows($"Bài học (0/{titles.Count} đã đọc)"));
        Assert.True(read.Shows($"Bài học ({titles.Count}/{titles.Count} đã đọc)"));
    }

    /// <summary>A learner's lesson is kept in memory; publishing the lesson again shows its new text at the next visit.</summary>
    [EngineFact]
    public async Task A_lesson_published_again_is_read_in_its_new_text_at_once()
    {
        using var learner = await Learner.NewAsync(server);
        var path = $"/training/{Learner.Course}/lessons/1";
        var before = await learner.Client.GetAsync(path);
        var added = $"Đoạn bổ sung {Guid.NewGuid():N}";

        await RepublishFirstLessonAsync(added);
        var after = await learner.Client.GetAsync(path);

        Assert.False(before.Shows(added));
        Assert.True(after.Shows(added));
    }

    private async Task RepublishFirstLessonAsync(string addedParagraph)
    {
        var lessonId = (await LessonIdsAsync(Learner.Course))[0];
        var editor = await server.ScopeOfAsync(DemoAccounts.Editor);
        await using var scope = server.Services.CreateAsyncScope();
        var item = await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Items.AsNoTracking().SingleAsync(i => i.Id == lessonId);
        var content = scope.ServiceProvider.GetRequiredService<ContentEditor>();
        var draft = new ContentDraft(item.Type, item.Title, item.Slug, item.Summary, $"{item.Body}\n\n{addedParagraph}", item.CoverImage,
            item.Topics.Split(';', StringSplitOptions.RemoveEmptyEntries), item.Audience, item.Order, item.Locale);
        var saved = await content.SaveDraftAsync(editor, item.Id, item.Revision, draft, default);
        Assert.True(saved.Outcome.Succeeded, string.Join("; ", saved.Outcome.Errors.Select(e => e.Value)));
        Assert.True((await content.PublishAsync(editor, item.Id, saved.Item!.Revision, default)).Outcome.Succeeded);
    }

    private async Task<List<Guid>> LessonIdsAsync(string slug)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().CourseVersions.AsNoTracking()
            .Where(v => v.Course!.Slug == slug && v.State == CourseVersionState.Published)
            .OrderByDescending(v => v.Number).Select(v => v.Lessons.OrderBy(l => l.Order).Select(l => l.LessonId).ToList()).FirstAsync();
    }

    private async Task<List<string>> LessonTitlesAsync(string slug)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var lessons = await LessonIdsAsync(slug);
        var library = await scope.ServiceProvider.GetRequiredService<ILessonLibrary>().ChoicesAsync(lessons, CancellationToken.None);
        return library.Select(l => l.Title).ToList();
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
