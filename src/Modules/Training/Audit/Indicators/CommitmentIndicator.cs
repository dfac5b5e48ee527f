using ChildSafety.Training.Audit.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Audit.Indicators;

/// <summary>
/// Indicator 7: schools and centres that published the family–school commitment for the year and collected the
/// signatures of at least <see cref="RequiredShare"/> of the families they invited, by the figures' day. The
/// directive asks for commitments with families, not one class's: a school that invited one class of many still
/// shows as behind through the drill-down's class list, so the threshold is on signatures, not classes.
/// </summary>
public sealed class CommitmentIndicator(AuditDbContext db, IStringLocalizer<TrainingText> text) : IIndicator
{
    public const string IndicatorKey = "commitments";

    /// <summary>Nine families in ten: room for a family that moved or could not be reached, none for a school that did not ask.</summary>
    public const int RequiredShare = 90;

    public string Key => IndicatorKey;

    public int Number => 7;

    public string Title => IndicatorCatalog.All.Single(i => i.Key == IndicatorKey).Title;

    public IndicatorSubject Subject => IndicatorSubject.Schools;

    public static bool Meets(int signatures, int invited) => invited > 0 && 100L * signatures >= (long)RequiredShare * invited;

    public async Task<IndicatorFigures> ComputeAsync(AuditTree tree, AuditPeriod period, CancellationToken cancellationToken)
    {
        var year = period.Year.ToString();
        var cutoff = period.Cutoff;
        var counts = await db.FamilyCommitments.AsNoTracking()
            .Where(c => c.SchoolYear == year && c.PublishedAt < cutoff)
            .Join(tree.OrganizationsIn(db.Organizations), c => c.OrganizationId, o => o.Id, (c, o) => c)
            .Select(c => new
            {
                c.OrganizationId,
                Invited = c.Invitations.Count(),
                Signed = c.Invitations.Count(i => i.SignedAt != null && i.SignedAt < cutoff),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var meeting = counts.Where(c => Meets(c.Signed, c.Invited)).Select(c => c.OrganizationId).ToHashSet();
        return new IndicatorFigures(tree.Schools.ToDictionary(s => s.Id, s => new Fraction(meeting.Contains(s.Id) ? 1 : 0, 1)));
    }

    public async Task<IReadOnlyList<IndicatorEntry>> EntriesAsync(AuditUnit unit, AuditPeriod period, CancellationToken cancellationToken)
    {
        var year = period.Year.ToString();
        var cutoff = period.Cutoff;
        var commitment = await db.FamilyCommitments.AsNoTracking()
            .Where(c => c.OrganizationId == unit.Id && c.SchoolYear == year && c.PublishedAt < cutoff)
            .Select(c => new { c.Id, c.Title, c.PublishedAt })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (commitment is null)
        {
            return [new IndicatorEntry(unit.Name, text["Chưa ban hành bản cam kết năm học {0}", year], false, null)];
        }
        var classes = await db.CommitmentInvitations.AsNoTracking()
            .Where(i => i.CommitmentId == commitment.Id)
            .GroupBy(i => i.ClassName)
            .Select(g => new { ClassName = g.Key, Invited = g.Count(), Signed = g.Count(i => i.SignedAt != null && i.SignedAt < cutoff) })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        IndicatorEntry[] published = [new(commitment.Title, text["Đã ban hành"], true, commitment.PublishedAt)];
        return
        [
            .. published,
            .. classes.OrderBy(c => c.ClassName, StringComparer.CurrentCulture)
                .Select(c => new IndicatorEntry(text["Lớp {0}", c.ClassName], text["Đã ký {0}/{1} gia đình", c.Signed, c.Invited], Meets(c.Signed, c.Invited), null)),
        ];
    }
}
