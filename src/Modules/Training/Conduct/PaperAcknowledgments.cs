using ChildSafety.Core;
using ChildSafety.Core.Audit;
using ChildSafety.Core.Data;
using ChildSafety.Core.Files;
using ChildSafety.Core.Organizations;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Conduct;

/// <summary>
/// An acknowledgment signed on paper and recorded by an administrator on the person's behalf, with the scan kept
/// as evidence and the administrator named as the recorder.
/// </summary>
public sealed class PaperAcknowledgments(
    TrainingDbContext db,
    CoreDbContext core,
    ConductInForce inForce,
    AuditTrail audit,
    DatabaseSettings database,
    TimeProvider clock,
    IStringLocalizer<TrainingText> text)
{
    public const string EvidenceFolder = "evidence/conduct";

    /// <summary>The person, if the caller may record for them, and the version they would be recorded against.</summary>
    public async Task<(string FullName, VersionInForce? Version, bool AlreadyAccepted)?> PrepareAsync(CallerScope caller, Guid personId, CancellationToken cancellationToken)
    {
        var person = await core.Users.AsNoTracking().Where(p => p.Id == personId && p.IsActive)
            .Select(p => new { p.FullName, p.Organization!.Path, p.Position }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (person is null || !caller.Contains(person.Path))
        {
            return null;
        }
        var version = await inForce.ForAsync(person.Path, person.Position, cancellationToken).ConfigureAwait(false);
        var accepted = version is not null && await db.Acknowledgments.AnyAsync(
            a => a.PersonId == personId && a.VersionId == version.VersionId && a.Decision == AcknowledgmentDecision.Accepted, cancellationToken).ConfigureAwait(false);
        return (person.FullName, version, accepted);
    }

    public async Task<Outcome> RecordAsync(CallerScope caller, Guid personId, int versionId, Stream? evidence, long length, CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(caller, personId, cancellationToken).ConfigureAwait(false);
        if (prepared is null)
        {
            return Outcome.Fail("", text["Không tìm thấy người này, hoặc họ nằm ngoài phạm vi quản lý của bạn."]);
        }
        var (_, version, alreadyAccepted) = prepared.Value;
        if (version is null || version.VersionId != versionId)
        {
            return Outcome.Fail("", text["Phiên bản này không phải phiên bản đang có hiệu lực với người này."]);
        }
        if (alreadyAccepted)
        {
            return Outcome.Fail("", text["Người này đã xác nhận phiên bản đang có hiệu lực."]);
        }
        var (name, problem) = await EvidenceFile.AcceptAsync(evidence, length, Path.Combine(database.DataPath, EvidenceFolder), cancellationToken).ConfigureAwait(false);
        switch (problem)
        {
            case EvidenceProblem.Missing:
                return Outcome.Fail("Evidence", text["Hãy tải lên bản quét của bản cam kết đã ký."]);
            case EvidenceProblem.TooLarge:
                return Outcome.Fail("Evidence", text["Tệp minh chứng lớn tối đa 10 MB."]);
            case EvidenceProblem.WrongKind:
                return Outcome.Fail("Evidence", text["Tệp minh chứng phải là PDF, JPEG hoặc PNG."]);
        }
        var stored = name!;

        var organizationId = await core.Users.Where(p => p.Id == personId).Select(p => p.OrganizationId).FirstAsync(cancellationToken).ConfigureAwait(false);
        db.Acknowledgments.Add(new Acknowledgment
        {
            PersonId = personId,
            OrganizationId = organizationId,
            VersionId = version.VersionId,
            ContentHash = version.ContentHash,
            Decision = AcknowledgmentDecision.Accepted,
            Method = AcknowledgmentMethod.Paper,
            At = clock.GetUtcNow(),
            RecordedById = caller.PersonId,
            EvidencePath = $"{EvidenceFolder}/{stored}",
        });
        try
        {
            await audit.SaveAuditedAsync(db, [new AuditEntry(ConductAuditKinds.RecordedOnPaper, caller.PersonId, personId, organizationId,
                $"version {version.VersionId} sha256 {version.ContentHash} evidence {stored}")], cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            File.Delete(Path.Combine(database.DataPath, EvidenceFolder, stored));
            return Outcome.Fail("", text["Người này đã xác nhận phiên bản đang có hiệu lực."]);
        }
        return Outcome.Success;
    }

    /// <summary>The stored scan of an acknowledgment, for someone whose scope covers the person's organization.</summary>
    public async Task<(string Path, string ContentType)?> EvidenceAsync(CallerScope caller, long acknowledgmentId, CancellationToken cancellationToken)
    {
        var row = await db.Acknowledgments.AsNoTracking().Where(a => a.Id == acknowledgmentId && a.EvidencePath != null)
            .Select(a => new { a.EvidencePath, a.OrganizationId }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }
        var path = await core.Organizations.Where(o => o.Id == row.OrganizationId).Select(o => o.Path).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (path is null || !caller.Contains(path))
        {
            return null;
        }
        var full = Path.GetFullPath(Path.Combine(database.DataPath, row.EvidencePath!));
        var root = Path.GetFullPath(Path.Combine(database.DataPath, EvidenceFolder)) + Path.DirectorySeparatorChar;
        return full.StartsWith(root, StringComparison.Ordinal) && File.Exists(full)
            ? (full, EvidenceFile.ContentType(Path.GetExtension(full)))
            : null;
    }
}
