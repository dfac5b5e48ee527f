using ChildSafety.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Core.Organizations;

/// <summary>Creates, renames, moves and deactivates organizations, keeping the tree and the callers' scopes intact.</summary>
public sealed class OrganizationService(CoreDbContext db, TimeProvider clock, IStringLocalizer<CoreText> text)
{
    public async Task<(Outcome Outcome, Organization? Created)> CreateAsync(OrganizationDraft draft, CallerScope caller, CancellationToken cancellationToken)
    {
        var outcome = ValidateFields(draft);
        var parent = draft.ParentId is { } parentId
            ? await db.Organizations.FirstOrDefaultAsync(o => o.Id == parentId, cancellationToken).ConfigureAwait(false)
            : null;
        CheckPlacement(outcome, draft, parent, caller);
        if (await db.Organizations.AnyAsync(o => o.Code == NormalizeCode(draft.Code), cancellationToken).ConfigureAwait(false))
        {
            outcome.Add(nameof(draft.Code), text["Mã {0} đã được dùng cho đơn vị khác.", NormalizeCode(draft.Code)]);
        }
        if (!outcome.Succeeded)
        {
            return (outcome, null);
        }

        var organization = new Organization
        {
            Name = draft.Name.Trim(),
            Code = NormalizeCode(draft.Code),
            Kind = draft.Kind,
            Level = draft.Kind == OrganizationKind.School ? draft.Level : null,
            ParentId = parent?.Id,
            CreatedAt = clock.GetUtcNow(),
        };
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            db.Organizations.Add(organization);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            organization.Path = parent is null ? OrganizationPath.Root(organization.Id) : OrganizationPath.Child(parent.Path, organization.Id);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        return (Outcome.Success, organization);
    }

    /// <summary>Renames, re-codes or moves an organization; a move carries its whole subtree along.</summary>
    public async Task<Outcome> UpdateAsync(int id, OrganizationDraft draft, CallerScope caller, CancellationToken cancellationToken)
    {
        var organization = await FindManageableAsync(id, caller, cancellationToken).ConfigureAwait(false);
        if (organization is null)
        {
            return Outcome.Fail("", text["Không tìm thấy đơn vị, hoặc đơn vị nằm ngoài phạm vi quản lý của bạn."]);
        }
        var outcome = ValidateFields(draft);
        if (draft.Kind != organization.Kind)
        {
            outcome.Add(nameof(draft.Kind), text["Không thể đổi loại đơn vị; hãy tạo đơn vị mới."]);
        }
        var parent = draft.ParentId is { } parentId
            ? await db.Organizations.FirstOrDefaultAsync(o => o.Id == parentId, cancellationToken).ConfigureAwait(false)
            : null;
        if (parent is not null && OrganizationPath.IsWithin(parent.Path, organization.Path))
        {
            outcome.Add(nameof(draft.ParentId), text["Không thể chuyển một đơn vị vào chính nó hoặc đơn vị cấp dưới của nó."]);
        }
        else
        {
            CheckPlacement(outcome, draft, parent, caller);
        }
        var code = NormalizeCode(draft.Code);
        if (await db.Organizations.AnyAsync(o => o.Code == code && o.Id != id, cancellationToken).ConfigureAwait(false))
        {
            outcome.Add(nameof(draft.Code), text["Mã {0} đã được dùng cho đơn vị khác.", code]);
        }
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            organization.Name = draft.Name.Trim();
            organization.Code = code;
            organization.Level = organization.Kind == OrganizationKind.School ? draft.Level : null;
            if (organization.ParentId != parent?.Id)
            {
                var oldPath = organization.Path;
                var newPath = parent is null ? OrganizationPath.Root(organization.Id) : OrganizationPath.Child(parent.Path, organization.Id);
                organization.ParentId = parent?.Id;
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                // An expression translated to SQL: the span-based concatenation the analyzer suggests has no translation.
#pragma warning disable CA1845
                await db.Organizations
                    .Where(o => o.Path.StartsWith(oldPath))
                    .ExecuteUpdateAsync(s => s.SetProperty(o => o.Path, o => newPath + o.Path.Substring(oldPath.Length)), cancellationToken)
                    .ConfigureAwait(false);
#pragma warning restore CA1845
            }
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        return Outcome.Success;
    }

    /// <summary>Deactivates an organization that no longer has active units or people under it, or reactivates one.</summary>
    public async Task<Outcome> SetActiveAsync(int id, bool active, CallerScope caller, CancellationToken cancellationToken)
    {
        var organization = await FindManageableAsync(id, caller, cancellationToken).ConfigureAwait(false);
        if (organization is null)
        {
            return Outcome.Fail("", text["Không tìm thấy đơn vị, hoặc đơn vị nằm ngoài phạm vi quản lý của bạn."]);
        }
        if (!active)
        {
            var activeChildren = await db.Organizations.CountAsync(o => o.ParentId == id && o.IsActive, cancellationToken).ConfigureAwait(false);
            if (activeChildren > 0)
            {
                return Outcome.Fail("", text["Đơn vị còn {0} đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc ngừng hoạt động các đơn vị đó trước.", activeChildren]);
            }
            var activePeople = await db.Users.CountAsync(p => p.OrganizationId == id && p.IsActive, cancellationToken).ConfigureAwait(false);
            if (activePeople > 0)
            {
                return Outcome.Fail("", text["Đơn vị còn {0} người đang hoạt động; hãy chuyển hoặc ngừng hoạt động tài khoản của họ trước.", activePeople]);
            }
        }
        organization.IsActive = active;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return Outcome.Success;
    }

    /// <summary>An organization the caller may change: inside their scope and below their own unit.</summary>
    public async Task<Organization?> FindManageableAsync(int id, CallerScope caller, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken).ConfigureAwait(false);
        return organization is not null && caller.Contains(organization) && (caller.IsAdministrator || organization.Id != caller.OrganizationId)
            ? organization
            : null;
    }

    /// <summary>Codes are kept in upper case so that "thcs-lqd" in a roster finds THCS-LQD.</summary>
    public static string NormalizeCode(string code) => code.Trim().ToUpperInvariant();

    private Outcome ValidateFields(OrganizationDraft draft)
    {
        var outcome = new Outcome();
        if (string.IsNullOrWhiteSpace(draft.Name))
        {
            outcome.Add(nameof(draft.Name), text["Hãy nhập tên đơn vị."]);
        }
        else if (draft.Name.Trim().Length > 200)
        {
            outcome.Add(nameof(draft.Name), text["Tên đơn vị dài tối đa 200 ký tự."]);
        }
        if (string.IsNullOrWhiteSpace(draft.Code))
        {
            outcome.Add(nameof(draft.Code), text["Hãy nhập mã đơn vị."]);
        }
        else if (NormalizeCode(draft.Code).Length > 40 || !NormalizeCode(draft.Code).All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            outcome.Add(nameof(draft.Code), text["Mã đơn vị chỉ gồm chữ không dấu, số, dấu gạch, tối đa 40 ký tự."]);
        }
        if (!Enum.IsDefined(draft.Kind))
        {
            outcome.Add(nameof(draft.Kind), text["Loại đơn vị không hợp lệ."]);
        }
        if (draft.Kind == OrganizationKind.School && (draft.Level is null || !Enum.IsDefined(draft.Level.Value)))
        {
            outcome.Add(nameof(draft.Level), text["Hãy chọn cấp học của trường."]);
        }
        return outcome;
    }

    private void CheckPlacement(Outcome outcome, OrganizationDraft draft, Organization? parent, CallerScope caller)
    {
        if (draft.ParentId is not null && parent is null)
        {
            outcome.Add(nameof(draft.ParentId), text["Đơn vị cấp trên không tồn tại."]);
            return;
        }
        if (parent is not null && !caller.Contains(parent))
        {
            outcome.Add(nameof(draft.ParentId), text["Đơn vị cấp trên nằm ngoài phạm vi quản lý của bạn."]);
            return;
        }
        if (parent is null && !caller.IsAdministrator)
        {
            outcome.Add(nameof(draft.ParentId), text["Chỉ quản trị hệ thống mới tạo được Sở GD&ĐT."]);
            return;
        }
        if (!PlacementRules.AllowsParent(draft.Kind, draft.Level, parent?.Kind))
        {
            outcome.Add(nameof(draft.ParentId), text["Đơn vị loại này không thể trực thuộc đơn vị đã chọn: Phòng trực thuộc Sở; trường MN, TH, THCS trực thuộc Phòng; trường THPT và trung tâm trực thuộc Sở."]);
        }
    }
}
