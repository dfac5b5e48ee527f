using ChildSafety.Core.Topics;
using ChildSafety.Core.Text;
using System.Text;
using ChildSafety.Content.Data;
using ChildSafety.Content.Items;
using ChildSafety.Content.Rendering;
using ChildSafety.Core;
using ChildSafety.Core.Audit;
using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Content.Publishing;

/// <summary>
/// The editing workflow: drafts, publishing, unpublishing, archiving, scheduling and restoring. Every change names
/// the revision the editor started from; a stale revision is refused rather than overwriting someone's work.
/// Publishing, unpublishing, archiving, a scheduled publication and a restored version each append an event to the
/// audit trail in the transaction that saves their change, so that neither is ever stored without the other.
/// </summary>
public sealed class ContentEditor(
    ContentDbContext db,
    MarkdownRenderer renderer,
    PermissionGrants grants,
    ContentCache cache,
    TimeProvider clock,
    IStringLocalizer<ContentText> text,
    TopicCatalog catalog,
    AuditTrail audit)
{
    public async Task<EditResult> CreateAsync(CallerScope scope, ContentDraft draft, CancellationToken cancellationToken)
    {
        var item = new ContentItem
        {
            Id = Guid.NewGuid(),
            OwnerOrganizationId = scope.OrganizationId,
            OwnerPath = scope.OrganizationPath,
            CreatedAt = clock.GetUtcNow(),
            Revision = 0,
        };
        var outcome = await ApplyDraftAsync(item, draft, cancellationToken);
        if (!outcome.Succeeded)
        {
            return new EditResult(outcome, null);
        }
        Touch(item, scope);
        db.Items.Add(item);
        return await SaveAsync(item, cancellationToken);
    }

    public async Task<EditResult> SaveDraftAsync(CallerScope scope, Guid id, int revision, ContentDraft draft, CancellationToken cancellationToken)
    {
        var (item, refusal) = await FindEditableAsync(scope, id, revision, cancellationToken);
        if (item is null)
        {
            return refusal!;
        }
        var outcome = await ApplyDraftAsync(item, draft, cancellationToken);
        if (!outcome.Succeeded)
        {
            return new EditResult(outcome, null);
        }
        Touch(item, scope);
        return await SaveAsync(item, cancellationToken);
    }

    /// <summary>The current draft becomes a new numbered version and goes public at once.</summary>
    public async Task<EditResult> PublishAsync(CallerScope scope, Guid id, int revision, CancellationToken cancellationToken)
    {
        var (item, refusal) = await FindPublishableAsync(scope, id, revision, cancellationToken);
        if (item is null)
        {
            return refusal!;
        }
        await AddVersionAsync(item, scope.PersonId, cancellationToken);
        Touch(item, scope);
        return await SaveAndRecordAsync(item, ContentAuditKinds.Published, scope.PersonId, PublishedVersion(item), cancellationToken);
    }

    /// <summary>Takes the item off the public site; its versions stay, and it can be published again.</summary>
    public async Task<EditResult> UnpublishAsync(CallerScope scope, Guid id, int revision, CancellationToken cancellationToken)
    {
        var (item, refusal) = await FindPublishableAsync(scope, id, revision, cancellationToken);
        if (item is null)
        {
            return refusal!;
        }
        if (item.State != ContentState.Published)
        {
            return EditResult.Fail("", text["Mục này hiện không được xuất bản."]);
        }
        item.State = ContentState.Draft;
        Touch(item, scope);
        return await SaveAndRecordAsync(item, ContentAuditKinds.Unpublished, scope.PersonId, "", cancellationToken);
    }

    public async Task<EditResult> ArchiveAsync(CallerScope scope, Guid id, int revision, CancellationToken cancellationToken)
    {
        var (item, refusal) = await FindPublishableAsync(scope, id, revision, cancellationToken);
        if (item is null)
        {
            return refusal!;
        }
        item.State = ContentState.Archived;
        item.ScheduledAt = null;
        item.ScheduledBy = null;
        Touch(item, scope);
        return await SaveAndRecordAsync(item, ContentAuditKinds.Archived, scope.PersonId, "", cancellationToken);
    }

    /// <summary>The current draft will be published by itself at <paramref name="at"/> (UTC).</summary>
    public async Task<EditResult> ScheduleAsync(CallerScope scope, Guid id, int revision, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var (item, refusal) = await FindPublishableAsync(scope, id, revision, cancellationToken);
        if (item is null)
        {
            return refusal!;
        }
        if (at <= clock.GetUtcNow())
        {
            return EditResult.Fail("ScheduledAt", text["Thời điểm hẹn xuất bản phải ở tương lai."]);
        }
        item.ScheduledAt = at.ToUniversalTime();
        item.ScheduledBy = scope.PersonId;
        Touch(item, scope);
        return await SaveAsync(item, cancellationToken);
    }

    public async Task<EditResult> CancelScheduleAsync(CallerScope scope, Guid id, int revision, CancellationToken cancellationToken)
    {
        var (item, refusal) = await FindPublishableAsync(scope, id, revision, cancellationToken);
        if (item is null)
        {
            return refusal!;
        }
        item.ScheduledAt = null;
        item.ScheduledBy = null;
        Touch(item, scope);
        return await SaveAsync(item, cancellationToken);
    }

    /// <summary>A published version's text becomes the draft again; nothing public changes until it is published.</summary>
    public async Task<EditResult> RestoreAsync(CallerScope scope, Guid id, int revision, int versionNumber, CancellationToken cancellationToken)
    {
        var (item, refusal) = await FindEditableAsync(scope, id, revision, cancellationToken);
        if (item is null)
        {
            return refusal!;
        }
        var version = await db.Versions.AsNoTracking()
            .FirstOrDefaultAsync(v => v.ContentItemId == id && v.Number == versionNumber, cancellationToken);
        if (version is null)
        {
            return EditResult.Fail("", text["Không tìm thấy phiên bản này."]);
        }
        var draft = new ContentDraft(item.Type, version.Title, version.Slug, version.Summary, version.Body, version.CoverImage,
            TopicCodes.Split(version.Topics), version.Audience, item.Order, item.Locale);
        var outcome = await ApplyDraftAsync(item, draft, cancellationToken);
        if (!outcome.Succeeded)
        {
            return new EditResult(outcome, null);
        }
        Touch(item, scope);
        return await SaveAsync(item, [Recorded(item, ContentAuditKinds.VersionRestored, scope.PersonId, $"from version {versionNumber}")], cancellationToken);
    }

    /// <summary>
    /// Publishes every item whose time has come. Each item is claimed with a conditional UPDATE inside its own
    /// transaction, so when two instances of the site run the scheduler at once, each item is published once.
    /// </summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.Items.AsNoTracking()
            .Where(i => i.ScheduledAt != null && i.ScheduledAt <= now)
            .Select(i => new { i.Id, i.Revision })
            .ToListAsync(cancellationToken);
        var published = 0;
        try
        {
            foreach (var candidate in due)
            {
                using var turn = await SqliteWriter.EnterAsync(db.Database, cancellationToken);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var claimed = await db.Items
                    .Where(i => i.Id == candidate.Id && i.Revision == candidate.Revision && i.ScheduledAt != null)
                    .ExecuteUpdateAsync(set => set.SetProperty(i => i.Revision, i => i.Revision + 1), cancellationToken);
                if (claimed == 0)
                {
                    continue;
                }
                var item = await db.Items.FirstAsync(i => i.Id == candidate.Id, cancellationToken);
                var by = item.ScheduledBy ?? item.UpdatedBy;
                await AddVersionAsync(item, by, cancellationToken);
                item.UpdatedAt = now;
                item.UpdatedBy = by;
                await db.SaveWithoutSavepointAsync(cancellationToken);
                await audit.AppendWithinAsync(db.Database, [Recorded(item, ContentAuditKinds.ScheduledPublished, by, PublishedVersion(item))], cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                db.ChangeTracker.Clear();
                published++;
            }
        }
        finally
        {
            // Items already committed are public even when a later one fails or the site stops mid-run.
            if (published > 0)
            {
                await cache.EvictAsync(CancellationToken.None);
            }
        }
        return published;
    }

    private async Task AddVersionAsync(ContentItem item, Guid by, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var last = await db.Versions.Where(v => v.ContentItemId == item.Id).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        db.Versions.Add(VersionSnapshot.Of(item, last + 1, renderer, now, by));
        item.State = ContentState.Published;
        item.PublishedVersion = last + 1;
        item.PublishedAt = now;
        item.ScheduledAt = null;
        item.ScheduledBy = null;
    }

    private async Task<Outcome> ApplyDraftAsync(ContentItem item, ContentDraft draft, CancellationToken cancellationToken)
    {
        var outcome = new Outcome();
        var title = Clean(draft.Title);
        var slug = string.IsNullOrWhiteSpace(draft.Slug) ? Slugs.From(title) : draft.Slug.Trim();
        var topics = draft.Topics.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).ToList();
        if (title.Length == 0)
        {
            outcome.Add("Title", text["Hãy nhập tiêu đề."]);
        }
        else if (title.Length > 300)
        {
            outcome.Add("Title", text["Tiêu đề dài quá 300 ký tự."]);
        }
        if (title.Length > 0 && !Slugs.IsValid(slug))
        {
            outcome.Add("Slug", text["Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, tối đa 120 ký tự."]);
        }
        if (Clean(draft.Summary).Length > 1000)
        {
            outcome.Add("Summary", text["Tóm tắt dài quá 1000 ký tự."]);
        }
        if (topics.FirstOrDefault(t => !catalog.IsKnown(t)) is { } unknown)
        {
            outcome.Add("Topics", text["Chủ đề “{0}” không có trong danh mục.", unknown]);
        }
        if (draft.Locale is not ("vi" or "en"))
        {
            outcome.Add("Locale", text["Ngôn ngữ phải là tiếng Việt hoặc tiếng Anh."]);
        }
        if (!outcome.Succeeded)
        {
            return outcome;
        }
        var clash = await db.Items.AnyAsync(i => i.Id != item.Id && i.Type == draft.Type && i.Locale == draft.Locale && i.Slug == slug, cancellationToken);
        if (clash)
        {
            return outcome.Add("Slug", text["Đường dẫn “{0}” đã được dùng cho một mục cùng loại. Hãy chọn đường dẫn khác.", slug]);
        }

        item.Type = draft.Type;
        item.Locale = draft.Locale;
        item.Title = title;
        item.FoldedTitle = Folding.Fold(title);
        item.Slug = slug;
        item.Summary = Clean(draft.Summary);
        item.Body = (draft.Body ?? "").Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal);
        item.CoverImage = string.IsNullOrWhiteSpace(draft.CoverImage) ? null : draft.CoverImage.Trim();
        item.Topics = TopicCodes.Join(topics);
        item.Audience = draft.Audience;
        item.Order = draft.Order;
        return outcome;
    }

    private async Task<(ContentItem? Item, EditResult? Refusal)> FindEditableAsync(CallerScope scope, Guid id, int revision, CancellationToken cancellationToken)
    {
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null || !ContentAccess.CanView(scope, item))
        {
            return (null, EditResult.Fail("", text["Không tìm thấy mục nội dung này."]));
        }
        if (!ContentAccess.CanEdit(scope, item))
        {
            return (null, EditResult.Fail("", text["Bạn chỉ thay đổi được nội dung của đơn vị mình."]));
        }
        if (item.Revision != revision)
        {
            return (null, EditResult.Fail("", Stale));
        }
        return (item, null);
    }

    private async Task<(ContentItem? Item, EditResult? Refusal)> FindPublishableAsync(CallerScope scope, Guid id, int revision, CancellationToken cancellationToken)
    {
        if (!grants.IsGranted(ContentPermissions.PublishContent, scope.Roles))
        {
            return (null, EditResult.Fail("", text["Bạn không có quyền xuất bản nội dung."]));
        }
        return await FindEditableAsync(scope, id, revision, cancellationToken);
    }

    private string Stale => text["Mục này vừa được người khác thay đổi sau khi bạn mở nó, nên thay đổi của bạn chưa được lưu. Nội dung bạn nhập vẫn còn bên dưới; hãy mở bản mới nhất, so sánh rồi sửa lại."];

    private void Touch(ContentItem item, CallerScope scope)
    {
        item.UpdatedAt = clock.GetUtcNow();
        item.UpdatedBy = scope.PersonId;
        item.Revision++;
    }

    /// <summary>A change to what the public site shows: saved with its event, then the cached pages go.</summary>
    private async Task<EditResult> SaveAndRecordAsync(ContentItem item, string kind, Guid actor, string note, CancellationToken cancellationToken)
    {
        var result = await SaveAsync(item, [Recorded(item, kind, actor, note)], cancellationToken);
        if (result.Succeeded)
        {
            await cache.EvictAsync(cancellationToken);
        }
        return result;
    }

    private static AuditEntry Recorded(ContentItem item, string kind, Guid actor, string note)
    {
        var details = $"{item.Type} {item.Locale}/{item.Slug} “{item.Title}”";
        // The demo loader publishes as no one (an empty id); the trail records that as no actor.
        return new AuditEntry(kind, actor == Guid.Empty ? null : actor, null, item.OwnerOrganizationId, note.Length == 0 ? details : $"{details} {note}");
    }

    private static string PublishedVersion(ContentItem item) => $"version {item.PublishedVersion}";

    private Task<EditResult> SaveAsync(ContentItem item, CancellationToken cancellationToken) => SaveAsync(item, [], cancellationToken);

    /// <summary>
    /// Saves the item with the events that record the change, in one transaction in the writer's turn. A refused save
    /// has rolled back whole before it is examined here: PostgreSQL answers no query inside a failed transaction.
    /// </summary>
    private async Task<EditResult> SaveAsync(ContentItem item, IReadOnlyList<AuditEntry> events, CancellationToken cancellationToken)
    {
        try
        {
            await audit.SaveAuditedAsync(db, events, cancellationToken);
            return EditResult.Done(item);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return EditResult.Fail("", Stale);
        }
        catch (DbUpdateException)
        {
            // Two editors chose the same slug at the same moment; the unique index let only one through.
            if (await SlugTakenAsync(item, cancellationToken))
            {
                return EditResult.Fail("Slug", text["Đường dẫn “{0}” đã được dùng cho một mục cùng loại. Hãy chọn đường dẫn khác.", item.Slug]);
            }
            throw;
        }
    }

    private async Task<bool> SlugTakenAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var (id, type, locale, slug) = (item.Id, item.Type, item.Locale, item.Slug);
        db.ChangeTracker.Clear();
        return await db.Items.AnyAsync(i => i.Id != id && i.Type == type && i.Locale == locale && i.Slug == slug, cancellationToken);
    }

    private static string Clean(string? value) => (value ?? "").Trim().Normalize(NormalizationForm.FormC);
}
