using ChildSafety.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Core.Audit;

/// <summary>
/// Appends events to the hash chain and verifies it. Appends are serialized — an in-process lock for SQLite,
/// whose single file has one writer anyway, and a transaction-scoped advisory lock on PostgreSQL so that several
/// site instances still build one unbroken chain.
/// </summary>
public sealed class AuditTrail(CoreDbContext db, TimeProvider clock)
{
    private const long PostgresLockKey = 0x4175646974; // "Audit"
    private static readonly SemaphoreSlim SqliteWriter = new(1, 1);

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken) =>
        await AppendManyAsync([entry], cancellationToken).ConfigureAwait(false);

    /// <summary>Appends several events in one transaction, in the order given: all of them or none.</summary>
    public async Task AppendManyAsync(IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }
        var isPostgres = db.Database.IsNpgsql();
        if (!isPostgres)
        {
            await SqliteWriter.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async ct =>
            {
                var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    if (isPostgres)
                    {
                        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", ct).ConfigureAwait(false);
                    }
                    var last = await db.AuditEvents.AsNoTracking().OrderByDescending(e => e.Id)
                        .Select(e => new { e.Id, e.Hash }).FirstOrDefaultAsync(ct).ConfigureAwait(false);
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
                    db.AuditEvents.AddRange(added);
                    await db.SaveChangesAsync(ct).ConfigureAwait(false);
                    await transaction.CommitAsync(ct).ConfigureAwait(false);
                    foreach (var audit in added)
                    {
                        db.Entry(audit).State = EntityState.Detached;
                    }
                }
            }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (!isPostgres)
            {
                SqliteWriter.Release();
            }
        }
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
