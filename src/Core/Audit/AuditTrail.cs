using System.Data.Common;
using System.Text;
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
    /// <see cref="SqliteWriter"/> turn for the whole transaction. Written by hand on the owner's connection (values
    /// typed as Core's model would store them, <see cref="PropertyParameter"/>): a context joined to the owner's
    /// transaction for each append cost more than the append — every quiz submission makes one.
    /// </summary>
    public async Task AppendWithinAsync(DatabaseFacade owner, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }
        var transaction = owner.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("AppendWithinAsync joins the caller's transaction; begin one first.");
        if (owner.IsNpgsql())
        {
            await owner.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", cancellationToken).ConfigureAwait(false);
        }
        var (id, previousHash) = await ChainEndAsync(transaction, cancellationToken).ConfigureAwait(false);
        var now = AuditHash.Truncate(clock.GetUtcNow());
        var sql = new StringBuilder("""
            INSERT INTO "AuditEvents" ("Id", "OccurredAt", "Kind", "ActorId", "PersonId", "OrganizationId", "Details", "PreviousHash", "Hash") VALUES
            """);
        var parameters = new List<DbParameter>();
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
            var row = Columns(audit).Select((column, i) => PropertyParameter.Of<AuditEvent>(db, column.Column, column.Value, $"p{parameters.Count + i}")).ToList();
            sql.Append(parameters.Count == 0 ? " (" : ", (").AppendJoin(", ", row.Select(p => "@" + p.ParameterName)).Append(')');
            parameters.AddRange(row);
        }
        try
        {
            await owner.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken).ConfigureAwait(false);
        }
        catch (DbException refused)
        {
            // As EF reports a refused save, which is what callers of an audited write handle.
            throw new DbUpdateException("The audit events could not be stored.", refused);
        }
    }

    /// <summary>The last event's id and hash, read in the owner's transaction (after the lock on PostgreSQL).</summary>
    private static async Task<(long Id, string Hash)> ChainEndAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        var command = transaction.Connection!.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = """SELECT "Id", "Hash" FROM "AuditEvents" ORDER BY "Id" DESC LIMIT 1""";
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? (reader.GetInt64(0), reader.GetString(1)) : (0, AuditHash.Genesis);
            }
        }
    }

    private static (string Column, object? Value)[] Columns(AuditEvent audit) =>
    [
        (nameof(AuditEvent.Id), audit.Id), (nameof(AuditEvent.OccurredAt), audit.OccurredAt), (nameof(AuditEvent.Kind), audit.Kind),
        (nameof(AuditEvent.ActorId), audit.ActorId), (nameof(AuditEvent.PersonId), audit.PersonId), (nameof(AuditEvent.OrganizationId), audit.OrganizationId),
        (nameof(AuditEvent.Details), audit.Details), (nameof(AuditEvent.PreviousHash), audit.PreviousHash), (nameof(AuditEvent.Hash), audit.Hash),
    ];

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
