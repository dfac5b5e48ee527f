using System.Data.Common;
using ChildSafety.Core.Data;
using ChildSafety.Core.Privacy;
using ChildSafety.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Training.Privacy;

/// <summary>
/// The person's code-of-conduct answers, the paper acknowledgments and family commitments they recorded for others
/// (without the others' names), and on erasure the network address their online answers were given from.
/// </summary>
internal sealed class TrainingPersonalData(TrainingDbContext db) : IPersonalData
{
    public string Section => "training";

    public async Task<object> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var acknowledgments = await db.Acknowledgments.AsNoTracking()
            .Where(a => a.PersonId == personId)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.VersionId, Policy = a.Version!.Policy!.Title, a.ContentHash, Decision = a.Decision.ToString(), Method = a.Method.ToString(), a.At, a.ClientAddress, a.RecordedById })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var recordedAcknowledgments = await db.Acknowledgments.AsNoTracking()
            .Where(a => a.RecordedById == personId && a.PersonId != personId)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.PersonId, a.VersionId, a.At })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var recordedCommitments = await db.CommitmentInvitations.AsNoTracking()
            .Where(i => i.RecordedById == personId)
            .OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.CommitmentId, i.ClassName, i.SignedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new
        {
            ConductAcknowledgments = acknowledgments,
            AcknowledgmentsRecordedForOthers = recordedAcknowledgments,
            FamilyCommitmentsRecorded = recordedCommitments,
        };
    }

    public async Task EraseAsync(Guid personId, DbTransaction erasure, CancellationToken cancellationToken)
    {
        var shared = await SharedTransaction.JoinAsync(db, erasure, cancellationToken).ConfigureAwait(false);
        await using (shared.ConfigureAwait(false))
        {
            await shared.Acknowledgments.Where(a => a.PersonId == personId && a.ClientAddress != null)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.ClientAddress, (string?)null), cancellationToken).ConfigureAwait(false);
        }
    }
}
