using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Certificates;

/// <summary>Certificates expiring within a number of days and not yet renewed — site-wide, for reminders and notices.</summary>
public sealed class CertificateExpiries(TrainingDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<Expiry>> WithinAsync(int days, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now.AddDays(days);
        var expiring = await db.Certificates.AsNoTracking()
            .Where(c => c.RevokedAt == null && c.ExpiresAt > now && c.ExpiresAt <= until)
            .Where(c => !db.Certificates.Any(later => later.PersonId == c.PersonId && later.CourseId == c.CourseId && later.RevokedAt == null && later.ExpiresAt > c.ExpiresAt))
            .Join(db.CourseVersions, c => c.CourseVersionId, v => v.Id, (c, v) => new Expiry(c.Serial, c.PersonId, c.CourseId, v.Title, c.ExpiresAt))
            .ToListAsync(cancellationToken);
        return expiring.OrderBy(e => e.ExpiresAt).ToList();
    }
}
