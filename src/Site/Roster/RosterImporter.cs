using ChildSafety.Core;
using ChildSafety.Core.Data;
using ChildSafety.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ChildSafety.Site.Roster;

/// <summary>
/// Writes checked roster rows as people, all or nothing. <see cref="UserManager{TUser}.CreateAsync(TUser)"/>
/// queries and saves once per person, which a 150,000-row roster cannot afford, so the importer fills in what
/// Identity would (normalized names, stamps, lockout) and saves in batches inside one transaction.
/// </summary>
public sealed class RosterImporter(
    CoreDbContext db,
    UserManager<Person> users,
    IOptions<IdentityOptions> identity,
    TimeProvider clock,
    IStringLocalizer<SiteText> text,
    ILogger<RosterImporter> logger)
{
    private const int BatchSize = 1_000;

    public async Task<Outcome> ImportAsync(IReadOnlyList<PersonDraft> drafts, CancellationToken cancellationToken)
    {
        var roleIds = await db.Roles.AsNoTracking()
            .Where(r => r.Name != null)
            .ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken).ConfigureAwait(false);
        var missingRole = drafts.SelectMany(d => d.Roles).FirstOrDefault(r => !roleIds.ContainsKey(r));
        if (missingRole is not null)
        {
            throw new InvalidOperationException($"Role '{missingRole}' is not in the database; start-up creates every role.");
        }

        var now = clock.GetUtcNow();
        var lockoutEnabled = identity.Value.Lockout.AllowedForNewUsers;
        var detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        // Entities are only ever added here, so scanning the tracked graph for changes before each save is wasted work.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                foreach (var batch in drafts.Chunk(BatchSize))
                {
                    foreach (var draft in batch)
                    {
                        var person = NewPerson(draft, now, lockoutEnabled);
                        db.Users.Add(person);
                        foreach (var role in draft.Roles.Distinct())
                        {
                            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = person.Id, RoleId = roleIds[role] });
                        }
                    }
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    db.ChangeTracker.Clear();
                }
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DbUpdateException exception)
        {
            // Someone gave one of these addresses to another account between the check and the save; the
            // transaction is rolled back, so the roster can simply be checked again.
            logger.LogWarning(exception, "Roster import of {Count} people rolled back", drafts.Count);
            return Outcome.Fail("", text["Dữ liệu vừa thay đổi trong lúc nhập (có thể ai đó vừa thêm một trong các e-mail này), nên chưa có ai được nhập. Hãy kiểm tra lại bản xem trước rồi nhập lại."]);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
        }
        return Outcome.Success;
    }

    private Person NewPerson(PersonDraft draft, DateTimeOffset now, bool lockoutEnabled)
    {
        var email = EmailAddress.Normalize(draft.Email);
        return new Person
        {
            // Time-ordered ids keep the primary-key index appending instead of splitting pages on a large insert.
            Id = Guid.CreateVersion7(now),
            FullName = draft.FullName.Trim(),
            UserName = email,
            NormalizedUserName = users.NormalizeName(email),
            Email = email,
            NormalizedEmail = users.NormalizeEmail(email),
            EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = lockoutEnabled,
            OrganizationId = draft.OrganizationId,
            Position = draft.Position,
            StartedOn = draft.StartedOn,
            CreatedAt = now,
        };
    }
}
