using System.Security.Claims;
using System.Linq.Expressions;
using ChildSafety.Core.Data;
using ChildSafety.Core.People;
using ChildSafety.Core.Reminders;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Assignments;

/// <summary>Reads active people from Core's directory as assignment rules need them.</summary>
public sealed class MemberDirectory(CoreDbContext core)
{
    private static readonly Expression<Func<Person, Member>> AsMember = p =>
        new Member(p.Id, p.FullName, p.Email ?? "", p.OrganizationId, p.Organization!.Name, p.Organization.Path, p.Organization.Level, p.Position, p.StartedOn);

    /// <summary>Compiled: every course page, start of an attempt and submission asks it.</summary>
    public Task<Member?> FindAsync(Guid personId, CancellationToken cancellationToken) =>
        CompiledQueries.For<MemberQueries>(core).Find(core, personId, cancellationToken);

    /// <summary>The signed-in person, or null for anyone else.</summary>
    public async Task<Member?> OfAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        PersonClaims.IdOf(user) is { } id ? await FindAsync(id, cancellationToken) : null;

    /// <summary>Everyone active under <paramref name="path"/>.</summary>
    public async Task<IReadOnlyList<Member>> UnderAsync(string path, CancellationToken cancellationToken) =>
        await Members(p => p.Organization!.Path.StartsWith(path)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<int, string>> OrganizationNamesAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await core.Organizations.AsNoTracking().Where(o => wanted.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await core.Users.AsNoTracking().Where(p => wanted.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken);
    }

    /// <summary>Those of <paramref name="ids"/> who are active and have an e-mail address, as reminders address them.</summary>
    public async Task<IReadOnlyDictionary<Guid, ReminderRecipient>> RecipientsAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        var people = await core.Users.AsNoTracking().Where(p => p.IsActive && p.Email != null && wanted.Contains(p.Id))
            .Select(p => new { p.Id, p.Email, p.FullName, p.Culture }).ToListAsync(cancellationToken);
        return people.ToDictionary(p => p.Id, p => new ReminderRecipient(p.Id, p.Email!, p.FullName, p.Culture));
    }

    /// <summary>Every organization, active or not: people of a closed school are still covered until they move.</summary>
    public async Task<IReadOnlyList<StaffPlace>> PlacesAsync(CancellationToken cancellationToken) =>
        await core.Organizations.AsNoTracking().Select(o => new StaffPlace(o.Id, o.Path, o.Level)).ToListAsync(cancellationToken);

    /// <summary>The active people of <paramref name="organizationIds"/>, with no more than a due date needs.</summary>
    public async Task<IReadOnlyList<Starter>> StartersAsync(IEnumerable<int> organizationIds, CancellationToken cancellationToken)
    {
        var wanted = organizationIds.Distinct().ToList();
        return await core.Users.AsNoTracking().Where(p => p.IsActive && wanted.Contains(p.OrganizationId))
            .Select(p => new Starter(p.Id, p.OrganizationId, p.Position, p.StartedOn)).ToListAsync(cancellationToken);
    }

    /// <summary>The organizations of the caller's subtree, for choosing whom to assign.</summary>
    public async Task<IReadOnlyList<(int Id, string Name, string Path)>> OrganizationsUnderAsync(string path, CancellationToken cancellationToken) =>
        (await core.Organizations.AsNoTracking().Where(o => o.IsActive && o.Path.StartsWith(path)).OrderBy(o => o.Path)
            .Select(o => new { o.Id, o.Name, o.Path }).ToListAsync(cancellationToken))
        .Select(o => (o.Id, o.Name, o.Path)).ToList();

    /// <summary>Filters people first: a condition on the projected record would not translate to SQL.</summary>
    private IQueryable<Member> Members(Expression<Func<Person, bool>> filter) =>
        core.Users.AsNoTracking().Where(p => p.IsActive).Where(filter).Select(AsMember);

    private sealed class MemberQueries
    {
        public Func<CoreDbContext, Guid, CancellationToken, Task<Member?>> Find { get; } =
            EF.CompileAsyncQuery((CoreDbContext core, Guid personId, CancellationToken _) =>
                core.Users.AsNoTracking().Where(p => p.IsActive && p.Id == personId).Select(AsMember).FirstOrDefault());
    }
}
