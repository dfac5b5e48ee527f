using ChildSafety.Content.Items;
using ChildSafety.Content.Publishing;
using ChildSafety.Content.Tests.Support;
using ChildSafety.Core.Audit;
using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Content.Tests.Publishing;

public sealed class ContentEditorTests : IAsyncLifetime
{
    private readonly ContentDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task A_new_item_is_a_draft_owned_by_the_editors_organization_with_a_slug_from_its_title()
    {
        var item = await CreateAsync(People.SchoolAdmin, Drafts.Chapter("Đường dây nóng 111"));

        Assert.Equal(ContentState.Draft, item.State);
        Assert.Equal(17, item.OwnerOrganizationId);
        Assert.Equal("duong-day-nong-111", item.Slug);
        Assert.Null(item.PublishedVersion);
    }

    [Fact]
    public async Task Every_publication_keeps_a_numbered_version_with_who_and_when()
    {
        var item = await CreateAsync(People.ProvinceEditor, Drafts.Chapter(body: "Bản một."));
        item = await EditAsync(e => e.PublishAsync(People.ProvinceEditor, item.Id, item.Revision, default));
        _database.Clock.Advance(TimeSpan.FromDays(1));
        item = await EditAsync(e => e.SaveDraftAsync(People.ProvinceEditor, item.Id, item.Revision, Drafts.Chapter(body: "Bản hai."), default));
        item = await EditAsync(e => e.PublishAsync(People.ProvinceEditor, item.Id, item.Revision, default));

        var versions = await _database.DbAsync(db => db.Versions.Where(v => v.ContentItemId == item.Id).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal(["Bản một.", "Bản hai."], versions.Select(v => v.Body));
        Assert.All(versions, v => Assert.Equal(People.ProvinceEditor.PersonId, v.PublishedBy));
        Assert.Equal(TimeSpan.FromDays(1), versions[1].PublishedAt - versions[0].PublishedAt);
        Assert.Equal(2, item.PublishedVersion);
    }

    [Fact]
    public async Task Editing_a_published_item_changes_nothing_public_until_it_is_published_again()
    {
        var item = await CreateAsync(People.ProvinceEditor, Drafts.Chapter(body: "Đã duyệt."));
        item = await EditAsync(e => e.PublishAsync(People.ProvinceEditor, item.Id, item.Revision, default));
        item = await EditAsync(e => e.SaveDraftAsync(People.ProvinceEditor, item.Id, item.Revision, Drafts.Chapter(body: "Chưa duyệt."), default));

        Assert.Equal(ContentState.Published, item.State);
        Assert.Equal(1, item.PublishedVersion);
        var published = await _database.DbAsync(db => db.Versions.SingleAsync(v => v.ContentItemId == item.Id));
        Assert.Equal("Đã duyệt.", published.Body);
    }

    [Fact]
    public async Task A_second_editor_saving_a_stale_form_is_told_and_nothing_is_overwritten()
    {
        var item = await CreateAsync(People.SchoolAdmin, Drafts.Chapter(body: "Gốc."));
        var openedAt = item.Revision;
        await EditAsync(e => e.SaveDraftAsync(People.SchoolAdmin, item.Id, openedAt, Drafts.Chapter(body: "Người thứ nhất."), default));

        var second = await _database.WithAsync(sp => sp.GetRequiredService<ContentEditor>()
            .SaveDraftAsync(People.SchoolAdmin, item.Id, openedAt, Drafts.Chapter(body: "Người thứ hai."), default));

        Assert.False(second.Succeeded);
        Assert.Contains("người khác", second.Outcome.Errors.Single().Value);
        var stored = await _database.DbAsync(db => db.Items.SingleAsync(i => i.Id == item.Id));
        Assert.Equal("Người thứ nhất.", stored.Body);
    }

    [Fact]
    public async Task A_slug_already_used_by_the_same_type_is_refused_but_another_type_may_use_it()
    {
        await CreateAsync(People.ProvinceEditor, Drafts.Chapter("An toàn trên mạng"));

        var clash = await _database.WithAsync(sp => sp.GetRequiredService<ContentEditor>()
            .CreateAsync(People.SchoolAdmin, Drafts.Chapter("An toàn trên mạng"), default));
        var lesson = await CreateAsync(People.SchoolAdmin, Drafts.Chapter("An toàn trên mạng").With(type: ContentType.Lesson));

        Assert.Equal("Slug", clash.Outcome.Errors.Single().Key);
        Assert.Equal("an-toan-tren-mang", lesson.Slug);
    }

    [Theory]
    [InlineData("Có Dấu")]
    [InlineData("bad slug")]
    public async Task A_slug_typed_with_accents_or_spaces_is_refused(string slug)
    {
        var result = await _database.WithAsync(sp => sp.GetRequiredService<ContentEditor>()
            .CreateAsync(People.SchoolAdmin, Drafts.Chapter().With(slug: slug), default));

        Assert.Equal("Slug", result.Outcome.Errors.Single().Key);
    }

    [Fact]
    public async Task A_school_sees_but_cannot_change_the_provinces_items_nor_another_schools()
    {
        var provinceItem = await CreateAsync(People.ProvinceEditor, Drafts.Chapter("Của Sở"));
        var otherSchoolItem = await CreateAsync(People.OtherSchoolAdmin, Drafts.Chapter("Của trường khác"));

        var onProvince = await TryAsync(e => e.SaveDraftAsync(People.SchoolAdmin, provinceItem.Id, provinceItem.Revision, Drafts.Chapter("Sửa"), default));
        var onOtherSchool = await TryAsync(e => e.PublishAsync(People.SchoolAdmin, otherSchoolItem.Id, otherSchoolItem.Revision, default));

        Assert.Contains("đơn vị mình", onProvince.Outcome.Errors.Single().Value);
        Assert.Contains("Không tìm thấy", onOtherSchool.Outcome.Errors.Single().Value);
        Assert.True(ContentAccess.CanView(People.SchoolAdmin, provinceItem));
        Assert.False(ContentAccess.CanView(People.SchoolAdmin, otherSchoolItem));
    }

    [Fact]
    public async Task The_province_edits_items_of_every_school_beneath_it()
    {
        var schoolItem = await CreateAsync(People.SchoolAdmin, Drafts.Chapter());

        var result = await TryAsync(e => e.SaveDraftAsync(People.ProvinceEditor, schoolItem.Id, schoolItem.Revision, Drafts.Chapter("Sở góp ý"), default));

        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Someone_without_the_publish_permission_cannot_publish()
    {
        var item = await CreateAsync(People.SchoolAdmin, Drafts.Chapter());

        var result = await TryAsync(e => e.PublishAsync(People.Staff, item.Id, item.Revision, default));

        Assert.False(result.Succeeded);
        Assert.Null((await _database.DbAsync(db => db.Items.SingleAsync(i => i.Id == item.Id))).PublishedVersion);
    }

    [Fact]
    public async Task Unpublishing_and_archiving_keep_the_versions()
    {
        var item = await CreateAsync(People.ProvinceEditor, Drafts.Chapter());
        item = await EditAsync(e => e.PublishAsync(People.ProvinceEditor, item.Id, item.Revision, default));
        item = await EditAsync(e => e.UnpublishAsync(People.ProvinceEditor, item.Id, item.Revision, default));
        Assert.Equal(ContentState.Draft, item.State);
        item = await EditAsync(e => e.ArchiveAsync(People.ProvinceEditor, item.Id, item.Revision, default));

        Assert.Equal(ContentState.Archived, item.State);
        Assert.Equal(1, await _database.DbAsync(db => db.Versions.CountAsync(v => v.ContentItemId == item.Id)));
    }

    [Fact]
    public async Task Restoring_a_version_makes_it_the_draft_without_changing_what_is_public()
    {
        var item = await CreateAsync(People.ProvinceEditor, Drafts.Chapter(body: "Một."));
        item = await EditAsync(e => e.PublishAsync(People.ProvinceEditor, item.Id, item.Revision, default));
        item = await EditAsync(e => e.SaveDraftAsync(People.ProvinceEditor, item.Id, item.Revision, Drafts.Chapter(body: "Hai."), default));
        item = await EditAsync(e => e.PublishAsync(People.ProvinceEditor, item.Id, item.Revision, default));

        item = await EditAsync(e => e.RestoreAsync(People.ProvinceEditor, item.Id, item.Revision, 1, default));

        Assert.Equal("Một.", item.Body);
        Assert.Equal(2, item.PublishedVersion);
    }

    [Fact]
    public async Task Scheduling_in_the_past_is_refused()
    {
        var item = await CreateAsync(People.ProvinceEditor, Drafts.Chapter());

        var result = await TryAsync(e => e.ScheduleAsync(People.ProvinceEditor, item.Id, item.Revision, _database.Clock.GetUtcNow().AddMinutes(-1), default));

        Assert.Equal("ScheduledAt", result.Outcome.Errors.Single().Key);
    }

    [Fact]
    public async Task A_scheduled_item_is_published_once_when_its_time_comes_even_with_two_schedulers()
    {
        var item = await CreateAsync(People.ProvinceEditor, Drafts.Chapter());
        await EditAsync(e => e.ScheduleAsync(People.ProvinceEditor, item.Id, item.Revision, _database.Clock.GetUtcNow().AddHours(1), default));

        Assert.Equal(0, await PublishDueAsync());
        _database.Clock.Advance(TimeSpan.FromHours(2));
        var first = PublishDueAsync();
        var second = PublishDueAsync();
        var counts = await Task.WhenAll(first, second);
        var again = await PublishDueAsync();

        Assert.Equal(1, counts.Sum());
        Assert.Equal(0, again);
        var stored = await _database.DbAsync(db => db.Items.Include(i => i.Versions).SingleAsync(i => i.Id == item.Id));
        Assert.Equal(ContentState.Published, stored.State);
        Assert.Null(stored.ScheduledAt);
        Assert.Equal(People.ProvinceEditor.PersonId, Assert.Single(stored.Versions).PublishedBy);
    }

    [Fact]
    public async Task Publishing_restoring_unpublishing_and_archiving_each_leave_an_event_in_the_owners_trail()
    {
        var item = await CreateAsync(People.ProvinceEditor, Drafts.Chapter("Đường dây nóng 111"));
        item = await EditAsync(e => e.PublishAsync(People.ProvinceEditor, item.Id, item.Revision, default));
        item = await EditAsync(e => e.RestoreAsync(People.ProvinceEditor, item.Id, item.Revision, 1, default));
        item = await EditAsync(e => e.UnpublishAsync(People.ProvinceEditor, item.Id, item.Revision, default));
        await EditAsync(e => e.ArchiveAsync(People.ProvinceEditor, item.Id, item.Revision, default));

        var events = await TrailAsync();
        Assert.Equal([ContentAuditKinds.Published, ContentAuditKinds.VersionRestored, ContentAuditKinds.Unpublished, ContentAuditKinds.Archived],
            events.Select(e => e.Kind));
        Assert.All(events, e => Assert.Equal((People.ProvinceEditor.PersonId, item.OwnerOrganizationId), (e.ActorId!.Value, e.OrganizationId!.Value)));
        Assert.All(events, e => Assert.Contains("“Đường dây nóng 111”", e.Details, StringComparison.Ordinal));
        Assert.EndsWith("version 1", events[0].Details, StringComparison.Ordinal);
        Assert.EndsWith("from version 1", events[1].Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scheduled_publication_is_recorded_once_in_the_name_of_whoever_scheduled_it()
    {
        var item = await CreateAsync(People.ProvinceEditor, Drafts.Chapter());
        await EditAsync(e => e.ScheduleAsync(People.ProvinceEditor, item.Id, item.Revision, _database.Clock.GetUtcNow().AddHours(1), default));
        _database.Clock.Advance(TimeSpan.FromHours(2));

        await Task.WhenAll(PublishDueAsync(), PublishDueAsync());

        var recorded = Assert.Single(await TrailAsync());
        Assert.Equal(ContentAuditKinds.ScheduledPublished, recorded.Kind);
        Assert.Equal(People.ProvinceEditor.PersonId, recorded.ActorId);
        Assert.True((await _database.WithAsync(sp => sp.GetRequiredService<AuditTrail>().VerifyAsync(default))).IsIntact);
    }

    private Task<List<AuditEvent>> TrailAsync() =>
        _database.WithAsync(sp => sp.GetRequiredService<CoreDbContext>().AuditEvents.OrderBy(e => e.Id).ToListAsync());

    private Task<int> PublishDueAsync() => _database.WithAsync(sp => sp.GetRequiredService<ContentEditor>().PublishDueAsync(default));

    private Task<ContentItem> CreateAsync(CallerScope scope, ContentDraft draft) =>
        EditAsync(e => e.CreateAsync(scope, draft, default));

    private Task<EditResult> TryAsync(Func<ContentEditor, Task<EditResult>> edit) => _database.TryEditAsync(edit);

    private Task<ContentItem> EditAsync(Func<ContentEditor, Task<EditResult>> edit) => _database.EditAsync(edit);
}
