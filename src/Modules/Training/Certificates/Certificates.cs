using ChildSafety.Core;
using ChildSafety.Core.Audit;
using ChildSafety.Core.Data;
using ChildSafety.Core.Figures;
using ChildSafety.Core.Organizations;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Courses;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Certificates;

/// <summary>A person's certificates, the public verification of one serial, and revocation by an officer in scope.</summary>
public sealed class Certificates(
    TrainingDbContext db,
    MemberDirectory directory,
    AuditTrail audit,
    TimeProvider clock,
    IStringLocalizer<TrainingText> text)
{
    public const int PageSize = 25;

    public async Task<IReadOnlyList<CertificateView>> OfPersonAsync(Guid personId, CancellationToken cancellationToken) =>
        await ViewsAsync(db.Certificates.AsNoTracking().Where(c => c.PersonId == personId).OrderByDescending(c => c.IssuedAt), cancellationToken);

    /// <summary>Null for a serial that does not exist, whatever its shape.</summary>
    public async Task<CertificateView?> FindAsync(string? serial, CancellationToken cancellationToken)
    {
        var normalized = CertificateSerial.Normalize(serial);
        return normalized is null ? null
            : (await ViewsAsync(db.Certificates.AsNoTracking().Where(c => c.Serial == normalized), cancellationToken)) is [var found, ..] ? found : null;
    }

    /// <summary>Certificates issued inside the caller's subtree, newest first, narrowed by <paramref name="filter"/>.</summary>
    public async Task<Paged<CertificateView>> InScopeAsync(CallerScope caller, CertificateFilter filter, int? page, CancellationToken cancellationToken)
    {
        var query = db.Certificates.AsNoTracking().Where(c => c.OrganizationPath.StartsWith(caller.RootPath));
        if (CertificateSerial.Normalize(filter.Serial) is { } wanted)
        {
            query = query.Where(c => c.Serial == wanted);
        }
        if (filter.CourseId is { } course)
        {
            query = query.Where(c => c.CourseId == course);
        }
        if (filter.OrganizationId is { } organization)
        {
            query = query.Where(c => c.OrganizationId == organization);
        }
        var now = clock.GetUtcNow();
        query = filter.Status switch
        {
            CertificateStatus.Valid => query.Where(c => c.RevokedAt == null && c.ExpiresAt > now),
            CertificateStatus.Expired => query.Where(c => c.RevokedAt == null && c.ExpiresAt <= now),
            CertificateStatus.Revoked => query.Where(c => c.RevokedAt != null),
            _ => query,
        };
        var paging = Paging.Of(page, PageSize, await query.CountAsync(cancellationToken));
        var rows = await ViewsAsync(query.OrderByDescending(c => c.IssuedAt).ThenByDescending(c => c.Id).Skip(paging.Skip).Take(PageSize), cancellationToken);
        return new Paged<CertificateView>(rows, paging);
    }

    public async Task<CertificateView?> FindInScopeAsync(CallerScope caller, long id, CancellationToken cancellationToken) =>
        await ViewsAsync(db.Certificates.AsNoTracking().Where(c => c.Id == id && c.OrganizationPath.StartsWith(caller.RootPath)), cancellationToken) is [var found, ..] ? found : null;

    public async Task<Outcome> RevokeAsync(CallerScope caller, long id, string? reason, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (certificate is null || !caller.Contains(certificate.OrganizationPath))
        {
            return Outcome.Fail("", text["Không tìm thấy chứng nhận này trong phạm vi của bạn."]);
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Fail("Reason", text["Hãy ghi lý do thu hồi."]);
        }
        if (reason.Trim().Length > 1000)
        {
            return Outcome.Fail("Reason", text["Lý do thu hồi dài quá 1000 ký tự."]);
        }
        var now = clock.GetUtcNow();
        using var turn = await SqliteWriter.EnterAsync(db.Database, cancellationToken);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await using (transaction)
        {
            var revoked = await db.Certificates.Where(c => c.Id == id && c.RevokedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.RevokedAt, now).SetProperty(c => c.RevokedById, caller.PersonId).SetProperty(c => c.RevokedReason, reason.Trim()), cancellationToken);
            if (revoked == 0)
            {
                return Outcome.Fail("", text["Chứng nhận này đã bị thu hồi trước đó."]);
            }
            // The update bypasses change tracking, so the audit's kept figures are outdated here.
            await FigureInvalidation.InvalidateAsync(db.Database, [FigureScope.Person(certificate.PersonId)], cancellationToken);
            await audit.AppendWithinAsync(db.Database, [new AuditEntry(CourseAuditKinds.CertificateRevoked, caller.PersonId, certificate.PersonId, certificate.OrganizationId,
                $"certificate {certificate.Serial} reason {reason.Trim()}")], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return Outcome.Success;
    }

    private async Task<IReadOnlyList<CertificateView>> ViewsAsync(IQueryable<Certificate> query, CancellationToken cancellationToken)
    {
        var rows = await query.Join(db.CourseVersions, c => c.CourseVersionId, v => v.Id, (c, v) => new { Certificate = c, v.Title })
            .ToListAsync(cancellationToken);
        var names = await directory.NamesAsync(rows.Select(r => r.Certificate.PersonId), cancellationToken);
        var organizations = await directory.OrganizationNamesAsync(rows.Select(r => r.Certificate.OrganizationId), cancellationToken);
        var now = clock.GetUtcNow();
        return rows.Select(r => new CertificateView(
            r.Certificate.Id,
            r.Certificate.Serial,
            r.Certificate.PersonId,
            names.GetValueOrDefault(r.Certificate.PersonId, ""),
            r.Title,
            organizations.GetValueOrDefault(r.Certificate.OrganizationId, ""),
            r.Certificate.IssuedAt,
            r.Certificate.ExpiresAt,
            r.Certificate.RevokedAt,
            r.Certificate.RevokedReason,
            r.Certificate.StatusAt(now))).OrderByDescending(v => v.IssuedAt).ThenByDescending(v => v.Id).ToList();
    }
}
