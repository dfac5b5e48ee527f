using ChildSafety.Core.Audit;
using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Core.Privacy;

/// <summary>
/// Erases a departed person: their name, e-mail, phone and password are replaced, every module clears what it holds
/// about them, and the id stays so that aggregate figures and the audit chain remain correct. Only an administrator,
/// only for a person already deactivated; recorded as an audit event. The identity, every module's section and the
/// event are one transaction on the site's one database, so no crash leaves a person half erased or erased unrecorded.
/// </summary>
public sealed class PersonErasure(
    CoreDbContext db,
    UserManager<Person> users,
    IEnumerable<IPersonalData> sections,
    AuditTrail audit,
    IStringLocalizer<CoreText> text)
{
    public const string PlaceholderDomain = "erased.invalid";

    public static bool IsErased(Person person) =>
        person.Email?.EndsWith("@" + PlaceholderDomain, StringComparison.OrdinalIgnoreCase) == true;

    public async Task<Outcome> EraseAsync(Guid personId, CallerScope caller, CancellationToken cancellationToken)
    {
        if (!caller.IsAdministrator)
        {
            return Outcome.Fail("", text["Chỉ quản trị hệ thống mới được xoá thông tin cá nhân."]);
        }
        var person = await users.FindByIdAsync(personId.ToString()).ConfigureAwait(false);
        if (person is null)
        {
            return Outcome.Fail("", text["Không tìm thấy người này."]);
        }
        if (person.IsActive)
        {
            return Outcome.Fail("", text["Hãy ngừng hoạt động tài khoản trước khi xoá thông tin cá nhân."]);
        }
        if (IsErased(person))
        {
            return Outcome.Fail("", text["Thông tin cá nhân của người này đã được xoá."]);
        }

        using var turn = await SqliteWriter.EnterAsync(db.Database, cancellationToken).ConfigureAwait(false);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var placeholder = $"erased-{person.Id:N}@{PlaceholderDomain}";
            person.FullName = $"Người dùng đã xoá #{person.Id.ToString("N")[..8]}";
            person.Email = person.UserName = placeholder;
            person.NormalizedEmail = person.NormalizedUserName = placeholder.ToUpperInvariant();
            person.PhoneNumber = null;
            person.PasswordHash = null;
            person.Culture = null;
            person.SecurityStamp = Guid.NewGuid().ToString("N");
            var updated = await users.UpdateAsync(person).ConfigureAwait(false);
            if (!updated.Succeeded)
            {
                return Outcome.Fail("", string.Join(" ", updated.Errors.Select(e => e.Description)));
            }
            foreach (var section in sections)
            {
                await section.EraseAsync(person.Id, transaction.GetDbTransaction(), cancellationToken).ConfigureAwait(false);
            }
            await audit.AppendWithinAsync(db.Database, [new AuditEntry(AuditKinds.PersonErased, caller.PersonId, person.Id, person.OrganizationId, "")], cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        return Outcome.Success;
    }
}
