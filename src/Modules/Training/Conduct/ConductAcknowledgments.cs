using ChildSafety.Core;
using ChildSafety.Core.Audit;
using ChildSafety.Core.Data;
using ChildSafety.Core.Organizations;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ChildSafety.Training.Conduct;

/// <summary>
/// Records answers to the code in force. An answer counts only for the version actually in force for the person
/// and only if they were shown exactly its text (same hash); a repeated answer changes nothing.
/// </summary>
public sealed class ConductAcknowledgments(
    TrainingDbContext db,
    ConductInForce inForce,
    AuditTrail audit,
    TimeProvider clock,
    IStringLocalizer<TrainingText> text)
{
    public async Task<ConductStatus> StatusAsync(Guid personId, string organizationPath, Core.People.Position position, CancellationToken cancellationToken)
    {
        var version = await inForce.ForAsync(organizationPath, position, cancellationToken).ConfigureAwait(false);
        var answers = await db.Acknowledgments.AsNoTracking()
            .Where(a => a.PersonId == personId)
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.VersionId, a.Decision, a.At })
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        var current = version is null ? null : answers.FirstOrDefault(a => a.VersionId == version.VersionId && a.Decision == AcknowledgmentDecision.Accepted)
            ?? answers.FirstOrDefault(a => a.VersionId == version.VersionId);
        var lastAccepted = answers.FirstOrDefault(a => a.Decision == AcknowledgmentDecision.Accepted && a.VersionId != version?.VersionId);
        return new ConductStatus(version, current?.Decision, current?.At, lastAccepted?.VersionId);
    }

    public async Task<Outcome> AnswerAsync(CallerScope person, ConductAnswer answer, CancellationToken cancellationToken)
    {
        var version = await inForce.ForAsync(person.OrganizationPath, person.Position, cancellationToken).ConfigureAwait(false);
        if (version is null || version.VersionId != answer.VersionId)
        {
            return Outcome.Fail("", text["Phiên bản này không phải phiên bản đang có hiệu lực với bạn. Hãy đọc phiên bản hiện hành bên dưới."]);
        }
        if (!string.Equals(version.ContentHash, answer.ContentHash, StringComparison.Ordinal))
        {
            return Outcome.Fail("", text["Nội dung bạn đã đọc khác với phiên bản đang có hiệu lực. Hãy đọc lại rồi xác nhận."]);
        }
        if (!Enum.IsDefined(answer.Decision))
        {
            return Outcome.Fail("", text["Câu trả lời không hợp lệ."]);
        }
        var previous = await db.Acknowledgments.AsNoTracking()
            .Where(a => a.PersonId == person.PersonId && a.VersionId == version.VersionId)
            .Select(a => a.Decision)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        if (previous.Contains(AcknowledgmentDecision.Accepted))
        {
            return Outcome.Fail("", text["Bạn đã xác nhận phiên bản này rồi; không cần xác nhận lại."]);
        }
        if (previous.Contains(answer.Decision))
        {
            return Outcome.Fail("", text["Câu trả lời này đã được ghi nhận trước đó."]);
        }

        // The answer and its audit record commit together: one transaction, one sync to disk.
        using var turn = await SqliteWriter.EnterAsync(db.Database, cancellationToken).ConfigureAwait(false);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            db.Acknowledgments.Add(new Acknowledgment
            {
                PersonId = person.PersonId,
                OrganizationId = person.OrganizationId,
                VersionId = version.VersionId,
                ContentHash = version.ContentHash,
                Decision = answer.Decision,
                Method = AcknowledgmentMethod.Online,
                At = clock.GetUtcNow(),
                ClientAddress = answer.ClientAddress,
            });
            if (!await TrySaveAsync(cancellationToken).ConfigureAwait(false))
            {
                return Outcome.Fail("", text["Câu trả lời này đã được ghi nhận trước đó."]);
            }
            await audit.AppendWithinAsync(db.Database, [new AuditEntry(
                answer.Decision == AcknowledgmentDecision.Accepted ? ConductAuditKinds.Acknowledged : ConductAuditKinds.Declined,
                person.PersonId, person.PersonId, person.OrganizationId, $"version {version.VersionId} sha256 {version.ContentHash}")], cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        return Outcome.Success;
    }

    /// <summary>
    /// The unique (person, version, decision) index turns a replayed or double-clicked form into a no-op; the
    /// caller's transaction then rolls back.
    /// </summary>
    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveWithoutSavepointAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbUpdateException exception) when (DatabaseErrors.IsUniqueViolation(exception))
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
