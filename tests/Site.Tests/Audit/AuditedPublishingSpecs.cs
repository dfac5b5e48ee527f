using ChildSafety.Content.Data;
using ChildSafety.Content.Items;
using ChildSafety.Content.Publishing;
using ChildSafety.Core.Audit;
using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Audit;

/// <summary>
/// A content item's public changes commit with their audit event or not at all, on both engines; and an editor who
/// loses a race for a slug to another editor's commit is told so, with nothing changed or recorded.
/// </summary>
public abstract class AuditedPublishingSpecs(SiteServer server)
{
    [EngineFact]
    public async Task A_publication_is_stored_with_its_event()
    {
        var editor = await server.ScopeOfAsync(DemoAccounts.Editor);
        var item = await EditAsync(e => e.CreateAsync(editor, Draft("Đường dây nóng 111 cho phụ huynh"), default));

        item = await EditAsync(e => e.PublishAsync(editor, item.Id, item.Revision, default));

        Assert.Equal(ContentState.Published, item.State);
        Assert.Equal([ContentAuditKinds.Published], await EventsAboutAsync(item));
    }

    [EngineFact]
    public async Task A_publication_whose_event_cannot_be_stored_leaves_the_item_unpublished()
    {
        var editor = await server.ScopeOfAsync(DemoAccounts.Editor);
        var item = await EditAsync(e => e.CreateAsync(editor, Draft("Kỹ năng tự bảo vệ khi đi học"), default));

        await using (await RefusedAuditEvents.InstallAsync(server))
        {
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => TryAsync(e => e.PublishAsync(editor, item.Id, item.Revision, default)));
        }

        var stored = await StoredAsync(item);
        Assert.Equal((ContentState.Draft, (int?)null, item.Revision), (stored.State, stored.PublishedVersion, stored.Revision));
        Assert.Empty(stored.Versions);
        Assert.Empty(await EventsAboutAsync(item));
    }

    [EngineFact]
    public async Task A_scheduled_publication_whose_event_cannot_be_stored_waits_for_the_next_run()
    {
        var editor = await server.ScopeOfAsync(DemoAccounts.Editor);
        var item = await EditAsync(e => e.CreateAsync(editor, Draft("Phòng chống bạo lực học đường"), default));
        item = await EditAsync(e => e.ScheduleAsync(editor, item.Id, item.Revision, DateTimeOffset.UtcNow.AddHours(1), default));

        // The site's own scheduler runs too, every half minute: the time comes only once events are refused, and
        // after they are allowed again either run may publish the item.
        await using (await RefusedAuditEvents.InstallAsync(server))
        {
            await using (var scope = server.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Items.Where(i => i.Id == item.Id)
                    .ExecuteUpdateAsync(set => set.SetProperty(i => i.ScheduledAt, DateTimeOffset.UtcNow.AddMinutes(-1)));
            }
            await Assert.ThrowsAnyAsync<DbUpdateException>(PublishDueAsync);
        }
        var waiting = await StoredAsync(item);
        Assert.Equal(ContentState.Draft, waiting.State);
        Assert.NotNull(waiting.ScheduledAt);
        Assert.Empty(await EventsAboutAsync(item));

        await PublishDueAsync();
        Assert.Equal(ContentState.Published, (await StoredAsync(item)).State);
        Assert.Equal([ContentAuditKinds.ScheduledPublished], await EventsAboutAsync(item));
    }

    [EngineFact]
    public async Task An_editor_who_loses_the_race_for_a_slug_is_told_and_nothing_is_restored_or_recorded()
    {
        const string contested = "an-toan-tren-khong-gian-mang";
        var editor = await server.ScopeOfAsync(DemoAccounts.Editor);
        var item = await EditAsync(e => e.CreateAsync(editor, Draft("An toàn trên không gian mạng"), default));
        item = await EditAsync(e => e.PublishAsync(editor, item.Id, item.Revision, default));
        item = await EditAsync(e => e.SaveDraftAsync(editor, item.Id, item.Revision, Draft("An toàn trên không gian mạng", "an-toan-mang-ban-moi"), default));
        var rival = await EditAsync(e => e.CreateAsync(editor, Draft("Bài của biên tập viên khác"), default));

        // The other editor's change is sent but not committed when this one checks the slug; it commits while this
        // one saves, so only the unique index sees the clash.
        await using var other = await RivalEdit.BeginAsync(server, rival, contested);
        // On a thread of its own: SQLite's driver waits for the lock without yielding.
        var restoring = Task.Run(() => TryAsync(e => e.RestoreAsync(editor, item.Id, item.Revision, 1, default)));
        await other.CommitOnceWaitedForAsync();
        var restored = await restoring;

        Assert.Equal("Slug", Assert.Single(restored.Outcome.Errors).Key);
        var stored = await StoredAsync(item);
        Assert.Equal(("an-toan-mang-ban-moi", item.Revision), (stored.Slug, stored.Revision));
        Assert.Equal([ContentAuditKinds.Published], await EventsAboutAsync(item));
    }

    private static ContentDraft Draft(string title, string? slug = null) =>
        new(ContentType.HandbookChapter, title, slug, "Tóm tắt.", "Nội dung.", null, ["sexual-abuse-prevention"], Audience.Staff);

    private async Task<ContentItem> EditAsync(Func<ContentEditor, Task<EditResult>> edit)
    {
        var result = await TryAsync(edit);
        Assert.True(result.Succeeded, string.Join("; ", result.Outcome.Errors.Select(e => e.Value)));
        return result.Item!;
    }

    private async Task<EditResult> TryAsync(Func<ContentEditor, Task<EditResult>> edit)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await edit(scope.ServiceProvider.GetRequiredService<ContentEditor>());
    }

    private async Task<int> PublishDueAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentEditor>().PublishDueAsync(CancellationToken.None);
    }

    private async Task<ContentItem> StoredAsync(ContentItem item)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Items.AsNoTracking().Include(i => i.Versions)
            .SingleAsync(i => i.Id == item.Id);
    }

    /// <summary>The kinds of the events about the item, oldest first: its title is in their details.</summary>
    private async Task<List<string>> EventsAboutAsync(ContentItem item)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var title = $"“{item.Title}”";
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.Details.Contains(title)).OrderBy(e => e.Id).Select(e => e.Kind).ToListAsync();
    }
}

public sealed class AuditedPublishingOnSqlite(SqliteSite server) : AuditedPublishingSpecs(server), IClassFixture<SqliteSite>;

public sealed class AuditedPublishingOnPostgres(PostgresSite server) : AuditedPublishingSpecs(server), IClassFixture<PostgresSite>;
