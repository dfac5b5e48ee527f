using System.Data.Common;
using ChildSafety.Core;
using ChildSafety.Core.Data;
using ChildSafety.Core.Figures;
using ChildSafety.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ChildSafety.Site.Roster;

/// <summary>
/// Writes checked roster rows as people, all or nothing. <see cref="UserManager{TUser}.CreateAsync(TUser)"/>
/// queries and saves once per person, which a 150,000-row roster cannot afford, so the importer fills in what
/// Identity would (normalized names, stamps, lockout) and inserts in bulk inside one transaction.
/// </summary>
public sealed class RosterImporter(
    CoreDbContext db,
    UserManager<Person> users,
    IOptions<IdentityOptions> identity,
    TimeProvider clock,
    IStringLocalizer<SiteText> text,
    ILogger<RosterImporter> logger)
{
    /// <summary>People built in memory at a time; the inserts themselves are chunked by <see cref="BulkInsert"/>.</summary>
    internal const int BatchSize = 1_000;

    /// <summary>
    /// Inserts <paramref name="drafts"/>, read as they come: only one batch of people is in memory at a time,
    /// however long the roster.
    /// </summary>
    public async Task<Outcome> ImportAsync(IEnumerable<PersonDraft> drafts, CancellationToken cancellationToken)
    {
        var roleIds = await db.Roles.AsNoTracking()
            .Where(r => r.Name != null)
            .ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var lockoutEnabled = identity.Value.Lockout.AllowedForNewUsers;
        var inserted = 0;
        var schools = new HashSet<int>();
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                foreach (var batch in drafts.Chunk(BatchSize))
                {
                    var missingRole = batch.SelectMany(d => d.Roles).FirstOrDefault(r => !roleIds.ContainsKey(r));
                    if (missingRole is not null)
                    {
                        throw new InvalidOperationException($"Role '{missingRole}' is not in the database; start-up creates every role.");
                    }
                    var people = batch.Select(d => NewPerson(d, now, lockoutEnabled)).ToList();
                    var roles = people
                        .Zip(batch, (person, draft) => draft.Roles.Distinct().Select(role => new IdentityUserRole<Guid> { UserId = person.Id, RoleId = roleIds[role] }))
                        .SelectMany(r => r)
                        .ToList();
                    await BulkInsert.InsertAsync(db, people, cancellationToken).ConfigureAwait(false);
                    await BulkInsert.InsertAsync(db, roles, cancellationToken).ConfigureAwait(false);
                    inserted += people.Count;
                    schools.UnionWith(batch.Select(d => d.OrganizationId));
                }
                // Bulk inserts bypass change tracking, so the audit's kept figures of the schools joined are outdated here.
                await FigureInvalidation.InvalidateAsync(db.Database,
                    [.. schools.Select(FigureScope.Organization)], cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DbException exception) when (DatabaseErrors.IsConstraintViolation(exception))
        {
            // Someone gave one of these addresses to another account between the check and the insert; the
            // transaction is rolled back, so the roster can simply be checked again.
            logger.LogWarning(exception, "Roster import rolled back after {Count} people", inserted);
            return Outcome.Fail("", text["Dữ liệu vừa thay đổi trong lúc nhập (có thể ai đó vừa thêm một trong các e-mail này), nên chưa có ai được nhập. Hãy kiểm tra lại bản xem trước rồi nhập lại."]);
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
