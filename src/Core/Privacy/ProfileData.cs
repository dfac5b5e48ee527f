using System.Data.Common;
using ChildSafety.Core.Audit;
using ChildSafety.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Core.Privacy;

/// <summary>The person's profile, roles, and the audit events about them or by them.</summary>
internal sealed class ProfileData(CoreDbContext db) : IPersonalData
{
    public string Section => "profile";

    public async Task<object> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var person = await db.Users.AsNoTracking().Include(p => p.Organization).SingleAsync(p => p.Id == personId, cancellationToken).ConfigureAwait(false);
        var roles = await db.UserRoles.Where(r => r.UserId == personId)
            .Join(db.Roles, link => link.RoleId, role => role.Id, (_, role) => role.Name)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var events = await db.AuditEvents.AsNoTracking()
            .Where(e => e.PersonId == personId || e.ActorId == personId)
            .OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.OccurredAt, e.Kind, e.ActorId, e.PersonId, e.OrganizationId, e.Details })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new
        {
            person.Id,
            person.FullName,
            person.Email,
            person.PhoneNumber,
            Organization = person.Organization?.Name,
            OrganizationCode = person.Organization?.Code,
            Position = person.Position.ToString(),
            person.StartedOn,
            person.CreatedAt,
            person.IsActive,
            person.DeactivatedAt,
            person.Culture,
            Roles = roles,
            AuditEvents = events,
        };
    }

    /// <summary>The identity itself is replaced by <see cref="PersonErasure"/>; audit events hold ids only and stay, chained.</summary>
    public Task EraseAsync(Guid personId, DbTransaction erasure, CancellationToken cancellationToken) => Task.CompletedTask;
}
