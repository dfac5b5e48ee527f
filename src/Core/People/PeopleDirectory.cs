using ChildSafety.Core.Audit;
using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Core.People;

/// <summary>
/// Creates, edits and deactivates people on behalf of a caller, who may only touch people and organizations in
/// their scope and only give roles they could hold themselves.
/// </summary>
public sealed class PeopleDirectory(CoreDbContext db, UserManager<Person> users, AuditTrail audit, TimeProvider clock, IStringLocalizer<CoreText> text)
{
    public async Task<(Outcome Outcome, Person? Created)> CreateAsync(PersonDraft draft, CallerScope caller, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(draft.Email ?? "");
        var outcome = await ValidateAsync(draft, caller, existingId: null, cancellationToken).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            return (outcome, null);
        }
        var person = new Person
        {
            FullName = draft.FullName.Trim(),
            Email = email,
            UserName = email,
            EmailConfirmed = true,
            OrganizationId = draft.OrganizationId,
            Position = draft.Position,
            StartedOn = draft.StartedOn,
            CreatedAt = clock.GetUtcNow(),
        };
        using var turn = await SqliteWriter.EnterAsync(db.Database, cancellationToken).ConfigureAwait(false);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var created = await users.CreateAsync(person).ConfigureAwait(false);
            if (!created.Succeeded)
            {
                return (FromIdentity(created), null);
            }
            var granted = RolesOrStaff(draft.Roles);
            var roles = await users.AddToRolesAsync(person, granted).ConfigureAwait(false);
            if (!roles.Succeeded)
            {
                return (FromIdentity(roles), null);
            }
            await RecordRoleChangesAsync(person, caller, granted, [], cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        return (Outcome.Success, person);
    }

    public async Task<Outcome> UpdateAsync(Guid id, PersonDraft draft, CallerScope caller, CancellationToken cancellationToken)
    {
        var person = await FindManageableAsync(id, caller, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return NotInScope();
        }
        var outcome = await ValidateAsync(draft, caller, id, cancellationToken).ConfigureAwait(false);
        var currentRoles = await users.GetRolesAsync(person).ConfigureAwait(false);
        var wantedRoles = RolesOrStaff(draft.Roles);
        if (person.Id == caller.PersonId && !currentRoles.ToHashSet().SetEquals(wantedRoles))
        {
            outcome.Add(nameof(draft.Roles), text["Bạn không thể tự thay đổi vai trò của mình."]);
        }
        if (!outcome.Succeeded)
        {
            return outcome;
        }

        using var turn = await SqliteWriter.EnterAsync(db.Database, cancellationToken).ConfigureAwait(false);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var email = EmailAddress.Normalize(draft.Email);
            person.FullName = draft.FullName.Trim();
            person.Email = email;
            person.UserName = email;
            person.OrganizationId = draft.OrganizationId;
            person.Position = draft.Position;
            person.StartedOn = draft.StartedOn;
            var updated = await users.UpdateAsync(person).ConfigureAwait(false);
            if (!updated.Succeeded)
            {
                return FromIdentity(updated);
            }
            var removed = currentRoles.Except(wantedRoles).ToList();
            var added = wantedRoles.Except(currentRoles).ToList();
            if (removed.Count > 0 && !(await users.RemoveFromRolesAsync(person, removed).ConfigureAwait(false)).Succeeded
                || added.Count > 0 && !(await users.AddToRolesAsync(person, added).ConfigureAwait(false)).Succeeded)
            {
                return Outcome.Fail(nameof(draft.Roles), text["Không cập nhật được vai trò. Hãy thử lại."]);
            }
            await RecordRoleChangesAsync(person, caller, added, removed, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        return Outcome.Success;
    }

    /// <summary>Deactivating signs the person out everywhere (new security stamp) and stops further sign-ins.</summary>
    public async Task<Outcome> SetActiveAsync(Guid id, bool active, CallerScope caller, CancellationToken cancellationToken)
    {
        var person = await FindManageableAsync(id, caller, cancellationToken).ConfigureAwait(false);
        if (person is null)
        {
            return NotInScope();
        }
        if (person.Id == caller.PersonId)
        {
            return Outcome.Fail("", text["Bạn không thể tự ngừng hoạt động tài khoản của mình."]);
        }
        if (active && !await db.Organizations.AnyAsync(o => o.Id == person.OrganizationId && o.IsActive, cancellationToken).ConfigureAwait(false))
        {
            return Outcome.Fail("", text["Đơn vị của người này đã ngừng hoạt động; hãy chuyển họ sang đơn vị khác trước."]);
        }
        person.IsActive = active;
        person.DeactivatedAt = active ? null : clock.GetUtcNow();
        using var turn = await SqliteWriter.EnterAsync(db.Database, cancellationToken).ConfigureAwait(false);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var result = await users.UpdateAsync(person).ConfigureAwait(false);
            if (result.Succeeded && !active)
            {
                result = await users.UpdateSecurityStampAsync(person).ConfigureAwait(false);
            }
            if (!result.Succeeded)
            {
                return FromIdentity(result);
            }
            await audit.AppendWithinAsync(db.Database, [new AuditEntry(active ? AuditKinds.PersonReactivated : AuditKinds.PersonDeactivated,
                caller.PersonId, person.Id, person.OrganizationId, "")], cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        return Outcome.Success;
    }

    /// <summary>
    /// A person the caller may change: in an organization of their scope, and holding no role the caller could not
    /// give (a school administrator cannot edit the province officer who happens to be listed at their school).
    /// </summary>
    public async Task<Person?> FindManageableAsync(Guid id, CallerScope caller, CancellationToken cancellationToken)
    {
        var person = await users.Users.Include(p => p.Organization).FirstOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        if (person?.Organization is null || !caller.Contains(person.Organization))
        {
            return null;
        }
        if (person.Id == caller.PersonId)
        {
            return person;
        }
        var roles = await users.GetRolesAsync(person).ConfigureAwait(false);
        return roles.All(caller.AssignableRoles.Contains) ? person : null;
    }

    private async Task<Outcome> ValidateAsync(PersonDraft draft, CallerScope caller, Guid? existingId, CancellationToken cancellationToken)
    {
        var outcome = new Outcome();
        var name = draft.FullName?.Trim() ?? "";
        if (name.Length == 0)
        {
            outcome.Add(nameof(draft.FullName), text["Hãy nhập họ và tên."]);
        }
        else if (name.Length > 200)
        {
            outcome.Add(nameof(draft.FullName), text["Họ và tên dài tối đa 200 ký tự."]);
        }

        var email = EmailAddress.Normalize(draft.Email ?? "");
        var normalizedEmail = users.NormalizeEmail(email);
        if (!EmailAddress.IsValid(email))
        {
            outcome.Add(nameof(draft.Email), text["Địa chỉ e-mail không hợp lệ."]);
        }
        else if (await users.Users.AnyAsync(p => p.NormalizedEmail == normalizedEmail && p.Id != existingId, cancellationToken).ConfigureAwait(false))
        {
            outcome.Add(nameof(draft.Email), text["Địa chỉ e-mail {0} đã được dùng cho một tài khoản khác.", email]);
        }

        if (!Enum.IsDefined(draft.Position))
        {
            outcome.Add(nameof(draft.Position), text["Chức vụ không hợp lệ."]);
        }

        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == draft.OrganizationId, cancellationToken).ConfigureAwait(false);
        if (organization is null || !caller.Contains(organization))
        {
            outcome.Add(nameof(draft.OrganizationId), text["Hãy chọn một đơn vị trong phạm vi quản lý của bạn."]);
        }
        else if (!organization.IsActive)
        {
            outcome.Add(nameof(draft.OrganizationId), text["Đơn vị {0} đã ngừng hoạt động.", organization.Name]);
        }

        var unknown = (draft.Roles ?? []).Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            outcome.Add(nameof(draft.Roles), text["Vai trò không tồn tại: {0}.", string.Join(", ", unknown)]);
        }
        else if ((draft.Roles ?? []).Any(r => !caller.AssignableRoles.Contains(r)) && existingId != caller.PersonId)
        {
            outcome.Add(nameof(draft.Roles), text["Bạn không có quyền giao vai trò này."]);
        }
        return outcome;
    }

    /// <summary>In the transaction that changes the roles, so that no grant or revocation goes unrecorded.</summary>
    private Task RecordRoleChangesAsync(Person person, CallerScope caller, IEnumerable<string> granted, IEnumerable<string> revoked, CancellationToken cancellationToken) =>
        audit.AppendWithinAsync(
            db.Database,
            [
                .. granted.Select(role => new AuditEntry(AuditKinds.RoleGranted, caller.PersonId, person.Id, person.OrganizationId, role)),
                .. revoked.Select(role => new AuditEntry(AuditKinds.RoleRevoked, caller.PersonId, person.Id, person.OrganizationId, role)),
            ],
            cancellationToken);

    private static List<string> RolesOrStaff(IReadOnlyList<string>? roles) =>
        roles is { Count: > 0 } ? roles.Distinct().ToList() : [Roles.Staff];

    private Outcome NotInScope() => Outcome.Fail("", text["Không tìm thấy người này, hoặc họ nằm ngoài phạm vi quản lý của bạn."]);

    private Outcome FromIdentity(IdentityResult result)
    {
        var outcome = new Outcome();
        foreach (var error in result.Errors)
        {
            outcome.Add("", error.Code == "DuplicateUserName" || error.Code == "DuplicateEmail"
                ? text["Địa chỉ e-mail này đã được dùng cho một tài khoản khác."]
                : error.Description);
        }
        return outcome;
    }
}
