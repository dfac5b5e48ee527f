using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Core.People;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Site.Roster;

/// <summary>
/// Reads, in a handful of queries whatever the roster's size, the organizations and the taken e-mail addresses a
/// roster must be checked against.
/// </summary>
public sealed class RosterReferenceLoader(CoreDbContext db, UserManager<Person> users, TimeProvider clock)
{
    /// <summary>
    /// Addresses per query. Each query sends its addresses as one JSON or array parameter (<see cref="EF.Parameter{T}"/>)
    /// rather than one parameter per address, which SQLite binds in time quadratic in their number.
    /// </summary>
    private const int EmailsPerQuery = 10_000;

    /// <summary>Vietnam keeps UTC+7 all year, so "today" for a school is the same wherever the server runs.</summary>
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public async Task<RosterReferenceData> LoadAsync(RosterKeys roster, CallerScope caller, CancellationToken cancellationToken)
    {
        var organizations = await LoadOrganizationsAsync(roster.OrganizationCodes, cancellationToken).ConfigureAwait(false);
        var taken = await LoadTakenEmailsAsync(roster.Emails, cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(VietnamOffset).DateTime);
        return new RosterReferenceData(organizations, taken, roster, caller, today);
    }

    /// <summary>
    /// The whole organization table, projected to five columns: even a country's few tens of thousands of schools
    /// are one quick read, and reading them all lets codes match without regard to case on every engine.
    /// </summary>
    private async Task<Dictionary<string, RosterOrganization>> LoadOrganizationsAsync(IReadOnlySet<string> wanted, CancellationToken cancellationToken)
    {
        var byCode = new Dictionary<string, RosterOrganization>(StringComparer.OrdinalIgnoreCase);
        if (wanted.Count == 0)
        {
            return byCode;
        }
        var all = await db.Organizations.AsNoTracking()
            .Select(o => new RosterOrganization(o.Id, o.Code, o.Name, o.Path, o.IsActive))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var organization in all.Where(o => wanted.Contains(o.Code)))
        {
            byCode.TryAdd(organization.Code, organization);
        }
        return byCode;
    }

    private async Task<HashSet<string>> LoadTakenEmailsAsync(IEnumerable<string> emails, CancellationToken cancellationToken)
    {
        // The roster's addresses are distinct already; normalized for the index only a chunk at a time.
        var normalized = emails.Where(EmailAddress.IsValid).Select(e => users.NormalizeEmail(e));
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in normalized.Chunk(EmailsPerQuery))
        {
            // UserName is the e-mail for every account this platform makes; checking both keeps the unique
            // user-name index from failing the import's transaction at the end. Two queries, not one with OR,
            // so that each can use its own index.
            var byEmail = await db.Users.AsNoTracking()
                .Where(p => EF.Parameter(chunk).Contains(p.NormalizedEmail!))
                .Select(p => p.Email)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var byUserName = await db.Users.AsNoTracking()
                .Where(p => EF.Parameter(chunk).Contains(p.NormalizedUserName!))
                .Select(p => p.UserName)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var email in byEmail.Concat(byUserName))
            {
                AddIfPresent(taken, email);
            }
        }
        return taken;
    }

    private static void AddIfPresent(HashSet<string> set, string? email)
    {
        if (!string.IsNullOrWhiteSpace(email))
        {
            set.Add(EmailAddress.Normalize(email));
        }
    }
}
