using ChildSafety.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace ChildSafety.Core.Audit;

/// <summary>
/// Appends events to the hash chain, always in the transaction of the change they record, and verifies it. Appends
/// are serialized — by <see cref="SqliteWriter"/> on SQLite, whose single file has one writer anyway, and by a
/// transaction-scoped advisory lock on PostgreSQL so that several site instances still build one unbroken chain.
/// </summary>
public sealed class AuditTrail(CoreDbContext db, TimeProvider clock)
{
    private const long PostgresLockKey = 0x4175646974; // "Audit"

    /// <summary>
    /// Saves the changes <paramref name="owner"/> tracks together with the events that record them: one transaction,
    /// in the writer's turn on SQLite, so that a change is never stored without its audit event nor an event without
    /// its change. A refused save (a unique index, say) rolls both back and propagates for the caller to read.
    /// </summary>
    public async Task SaveAuditedAsync(DbContext owner, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        using var turn = await SqliteWriter.EnterAsync(owner.Database, cancellationToken).ConfigureAwait(false);
        var transaction = await owner.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await owner.SaveWithoutSavepointAsync(cancellationToken).ConfigureAwait(false);
            await AppendWithinAsync(owner.Database, entries, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Appends inside the transaction another module's context has open, so that the events commit with the change
    /// they record — one commit, one sync to disk — or roll back with it. Call it last before committing: on
    /// PostgreSQL the chain's lock is held from here to the commit. On SQLite the caller holds its
    /// <see cref="SqliteWriter"/> turn for the whole transaction.
    /// </summary>
    public async Task AppendWithinAsync(DatabaseFacade owner, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }
        var transaction = owner.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("AppendWithinAsync joins the caller's transaction; begin one first.");
        var shared = await SharedTransaction.JoinAsync(db, transaction, cancellationToken).ConfigureAwait(false);
        await using (shared.ConfigureAwait(false))
        {
            await ChainAsync(shared, entries, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Takes the chain's lock, links the events to the last one stored and saves them in the open transaction.</summary>
    private async Task ChainAsync(CoreDbContext context, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (context.Database.IsNpgsql())
        {
            await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", cancellationToken).ConfigureAwait(false);
        }
        var last = await context.AuditEvents.AsNoTracking().OrderByDescending(e => e.Id)
            .Select(e => new { e.Id, e.Hash }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        var id = last?.Id ?? 0;
        var previousHash = last?.Hash ?? AuditHash.Genesis;
        var now = AuditHash.Truncate(clock.GetUtcNow());
        var added = new List<AuditEvent>(entries.Count);
        foreach (var entry in entries)
        {
            var audit = new AuditEvent
            {
                Id = ++id,
                OccurredAt = now,
                Kind = entry.Kind,
                ActorId = entry.ActorId,
                PersonId = entry.PersonId,
                OrganizationId = entry.OrganizationId,
                Details = entry.Details,
                PreviousHash = previousHash,
                Hash = "",
            };
            audit.Hash = previousHash = AuditHash.Of(audit);
            added.Add(audit);
        }
        context.AuditEvents.AddRange(added);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Walks the whole chain in id order, a batch at a time, and reports the first event that was altered, removed or inserted.</summary>
    public async Task<ChainVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        const int batch = 5000;
        var previousHash = AuditHash.Genesis;
        long previousId = 0;
        long checkedCount = 0;
        while (true)
        {
            var events = await db.AuditEvents.AsNoTracking().Where(e => e.Id > previousId).OrderBy(e => e.Id).Take(batch)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var e in events)
            {
                if (e.Id != previousId + 1 || e.PreviousHash != previousHash || AuditHash.Of(e) != e.Hash)
                {
                    return new ChainVerification(checkedCount, e.Id);
                }
                previousHash = e.Hash;
                previousId = e.Id;
                checkedCount++;
            }
            if (events.Count < batch)
            {
                return new ChainVerification(checkedCount, null);
            }
        }
    }
}
