using ChildSafety.Core;
using ChildSafety.Core.Audit;
using ChildSafety.Core.Organizations;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Conduct;

/// <summary>
/// Writing and publishing codes of conduct. The province writes the template; a district or school adapts it with
/// its own additions. Drafts change freely; publishing freezes a version and records its hash.
/// </summary>
public sealed class ConductPolicies(TrainingDbContext db, AuditTrail audit, ConductClearances clearances, TimeProvider clock, IStringLocalizer<TrainingText> text)
{
    public const string AdditionsHeading = "## Quy định bổ sung của đơn vị";

    /// <summary>The policies a caller can see: their own organization's, and every policy up their tree (the templates).</summary>
    public async Task<List<ConductPolicy>> VisibleToAsync(CallerScope caller, CancellationToken cancellationToken)
    {
        var ancestors = OrganizationPath.Ids(caller.OrganizationPath);
        return await db.ConductPolicies.AsNoTracking()
            .Include(p => p.Versions.OrderByDescending(v => v.Number))
            .Where(p => ancestors.Contains(p.OrganizationId) || caller.IsAdministrator)
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Starts a policy for the caller's own organization: a template, or an adaptation of one above it.</summary>
    public async Task<(Outcome Outcome, ConductPolicy? Created)> CreateAsync(CallerScope caller, string title, int? templateId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > 200)
        {
            return (Outcome.Fail("Title", text["Hãy nhập tên quy tắc (tối đa 200 ký tự)."]), null);
        }
        if (await db.ConductPolicies.AnyAsync(p => p.OrganizationId == caller.OrganizationId, cancellationToken).ConfigureAwait(false))
        {
            return (Outcome.Fail("", text["Đơn vị của bạn đã có quy tắc ứng xử; hãy soạn phiên bản mới thay vì tạo quy tắc khác."]), null);
        }
        ConductVersion? templateVersion = null;
        if (templateId is { } id)
        {
            var ancestors = OrganizationPath.Ids(caller.OrganizationPath);
            var template = await db.ConductPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && ancestors.Contains(p.OrganizationId) && p.OrganizationId != caller.OrganizationId, cancellationToken).ConfigureAwait(false);
            templateVersion = template is null ? null : await LatestPublishedAsync(template.Id, cancellationToken).ConfigureAwait(false);
            if (templateVersion is null)
            {
                return (Outcome.Fail("TemplateId", text["Quy tắc mẫu không tồn tại, không thuộc đơn vị cấp trên của bạn, hoặc chưa có phiên bản được ban hành."]), null);
            }
        }
        var now = clock.GetUtcNow();
        var policy = new ConductPolicy { OrganizationId = caller.OrganizationId, Title = title.Trim(), TemplateId = templateId, CreatedAt = now };
        policy.Versions.Add(new ConductVersion
        {
            Number = 1,
            Text = templateVersion?.Text ?? "",
            Additions = templateVersion is null ? null : "",
            TemplateVersionId = templateVersion?.Id,
            Audience = templateVersion?.Audience ?? PositionSet.Everyone,
            EffectiveFrom = Core.Text.VietnamTime.Today(clock),
            State = ConductVersionState.Draft,
            UpdatedAt = now,
        });
        db.ConductPolicies.Add(policy);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (Outcome.Success, policy);
    }

    /// <summary>A version the caller's organization owns, with its policy.</summary>
    public Task<ConductVersion?> FindOwnAsync(CallerScope caller, int versionId, CancellationToken cancellationToken) =>
        db.ConductVersions.Include(v => v.Policy)
            .FirstOrDefaultAsync(v => v.Id == versionId && (v.Policy!.OrganizationId == caller.OrganizationId || caller.IsAdministrator), cancellationToken);

    public async Task<Outcome> SaveDraftAsync(CallerScope caller, int versionId, ConductDraft draft, CancellationToken cancellationToken)
    {
        var version = await FindOwnAsync(caller, versionId, cancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            return Outcome.Fail("", text["Không tìm thấy phiên bản, hoặc phiên bản thuộc đơn vị khác."]);
        }
        if (version.State == ConductVersionState.Published)
        {
            return Outcome.Fail("", text["Phiên bản đã ban hành không thể sửa. Hãy tạo phiên bản mới."]);
        }
        if (version.UpdatedAt != draft.UpdatedAt)
        {
            return Outcome.Fail("", text["Người khác vừa lưu bản nháp này. Hãy tải lại trang để xem nội dung mới nhất; thay đổi của bạn chưa được lưu."]);
        }
        var outcome = Validate(draft, isAdaptation: version.TemplateVersionId is not null);
        if (!outcome.Succeeded)
        {
            return outcome;
        }
        if (version.TemplateVersionId is { } templateVersionId)
        {
            var template = await db.ConductVersions.AsNoTracking().FirstAsync(v => v.Id == templateVersionId, cancellationToken).ConfigureAwait(false);
            version.Additions = draft.Text.Trim();
            version.Text = Combine(template.Text, version.Additions);
        }
        else
        {
            version.Text = draft.Text.Trim();
        }
        version.EffectiveFrom = draft.EffectiveFrom;
        version.Audience = draft.Audience;
        version.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Fail("", text["Người khác vừa lưu bản nháp này. Hãy tải lại trang để xem nội dung mới nhất; thay đổi của bạn chưa được lưu."]);
        }
        return Outcome.Success;
    }

    /// <summary>Freezes a draft: its hash is computed now and the version never changes again.</summary>
    public async Task<Outcome> PublishAsync(CallerScope caller, int versionId, CancellationToken cancellationToken)
    {
        var version = await FindOwnAsync(caller, versionId, cancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            return Outcome.Fail("", text["Không tìm thấy phiên bản, hoặc phiên bản thuộc đơn vị khác."]);
        }
        if (version.State == ConductVersionState.Published)
        {
            return Outcome.Fail("", text["Phiên bản này đã được ban hành."]);
        }
        if (string.IsNullOrWhiteSpace(version.Text) || version.Audience == PositionSet.None)
        {
            return Outcome.Fail("", text["Hãy nhập nội dung và chọn đối tượng áp dụng trước khi ban hành."]);
        }
        var now = clock.GetUtcNow();
        version.State = ConductVersionState.Published;
        version.ContentHash = ConductHash.Of(version.Text);
        version.PublishedAt = now;
        version.PublishedById = caller.PersonId;
        version.UpdatedAt = now;
        await audit.SaveAuditedAsync(db, [new AuditEntry(ConductAuditKinds.VersionPublished, caller.PersonId, null, version.Policy!.OrganizationId,
            $"policy {version.PolicyId} version {version.Number} sha256 {version.ContentHash}")], cancellationToken).ConfigureAwait(false);
        clearances.ForgetAll();
        return Outcome.Success;
    }

    /// <summary>
    /// Opens the next version as a draft from the latest one; an adaptation is rebuilt on the template's newest
    /// published text, so a school picks up the province's changes with its own additions kept.
    /// </summary>
    public async Task<(Outcome Outcome, ConductVersion? Draft)> NewVersionAsync(CallerScope caller, int policyId, CancellationToken cancellationToken)
    {
        var policy = await db.ConductPolicies.Include(p => p.Versions)
            .FirstOrDefaultAsync(p => p.Id == policyId && (p.OrganizationId == caller.OrganizationId || caller.IsAdministrator), cancellationToken).ConfigureAwait(false);
        if (policy is null)
        {
            return (Outcome.Fail("", text["Không tìm thấy quy tắc, hoặc quy tắc thuộc đơn vị khác."]), null);
        }
        if (policy.Versions.Any(v => v.State == ConductVersionState.Draft))
        {
            return (Outcome.Fail("", text["Quy tắc đang có một bản nháp; hãy sửa hoặc ban hành bản nháp đó."]), null);
        }
        var latest = policy.Versions.OrderByDescending(v => v.Number).First();
        var template = policy.TemplateId is { } templateId ? await LatestPublishedAsync(templateId, cancellationToken).ConfigureAwait(false) : null;
        var now = clock.GetUtcNow();
        var draft = new ConductVersion
        {
            Number = latest.Number + 1,
            Additions = latest.Additions,
            TemplateVersionId = template?.Id ?? latest.TemplateVersionId,
            Text = template is null ? latest.Text : Combine(template.Text, latest.Additions ?? ""),
            Audience = latest.Audience,
            EffectiveFrom = Core.Text.VietnamTime.Today(clock),
            State = ConductVersionState.Draft,
            UpdatedAt = now,
        };
        policy.Versions.Add(draft);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (Outcome.Success, draft);
    }

    public static string Combine(string templateText, string additions) =>
        string.IsNullOrWhiteSpace(additions) ? templateText : $"{templateText.TrimEnd()}\n\n{AdditionsHeading}\n\n{additions.Trim()}";

    private Task<ConductVersion?> LatestPublishedAsync(int policyId, CancellationToken cancellationToken) =>
        db.ConductVersions.AsNoTracking()
            .Where(v => v.PolicyId == policyId && v.State == ConductVersionState.Published)
            .OrderByDescending(v => v.Number)
            .FirstOrDefaultAsync(cancellationToken);

    private Outcome Validate(ConductDraft draft, bool isAdaptation)
    {
        var outcome = new Outcome();
        if (!isAdaptation && string.IsNullOrWhiteSpace(draft.Text))
        {
            outcome.Add("Text", text["Hãy nhập nội dung quy tắc."]);
        }
        if (draft.Text.Length > 100_000)
        {
            outcome.Add("Text", text["Nội dung dài tối đa 100.000 ký tự."]);
        }
        if (draft.Audience == PositionSet.None || (draft.Audience & ~PositionSet.Everyone) != 0)
        {
            outcome.Add("Audience", text["Hãy chọn ít nhất một đối tượng áp dụng."]);
        }
        return outcome;
    }
}
