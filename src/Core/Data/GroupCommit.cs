using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChildSafety.Core.Data;

/// <summary>
/// Small writes that arrive by the hundred each second — a teacher's answer as it is given — share their commits.
/// A durable commit waits for the disk (an fsync: 1–3 ms on the servers we measured), and SQLite lets one writer
/// at a time into its file, so one commit per write caps the whole site at a few hundred writes a second. Writes
/// queued while a commit is under way go together into the next transaction, one sync to disk for all of them;
/// each caller is answered only once the commit holding its write is done, so nothing acknowledged can be lost.
/// A write that fails takes only itself down: the batch rolls back and its writes run again one by one.
/// </summary>
public sealed class GroupCommit<TContext>(IServiceScopeFactory scopes) : BackgroundService
    where TContext : DbContext
{
    /// <summary>Enough to absorb a burst, few enough that one transaction stays short for the writers behind it.</summary>
    private const int MostPerCommit = 256;

    private readonly Channel<GroupedWrite<TContext>> _queue = Channel.CreateUnbounded<GroupedWrite<TContext>>(new() { SingleReader = true });

    /// <summary>
    /// Runs <paramref name="write"/> in the next shared transaction and returns its result once that transaction
    /// has committed. The write must only change the database through the context it is given (no tracked entities
    /// left behind: several writes share one context), and may run twice when another write of its batch fails.
    /// </summary>
    public Task<T> RunAsync<T>(Func<TContext, CancellationToken, Task<T>> write, CancellationToken cancellationToken) =>
        RunAsync<T>((db, _, written) => write(db, written), cancellationToken);

    /// <summary>
    /// As <see cref="RunAsync{T}(Func{TContext, CancellationToken, Task{T}}, CancellationToken)"/>, for a write that
    /// needs other services (the audit trail, say): it takes them from <paramref name="write"/>'s provider, the commit's
    /// own scope, never from the caller's, which may be gone by the time the write runs.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<TContext, IServiceProvider, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        var grouped = new GroupedWrite<TContext, T>(write);
        if (!_queue.Writer.TryWrite(grouped))
        {
            throw new InvalidOperationException("The site is stopping; the write was not accepted.");
        }
        return await grouped.Committed.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops taking writes, then commits every write already accepted before the host stops.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        if (ExecuteTask is { } running)
        {
            await running.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    // Deliberately deaf to the stopping token: accepted writes are committed even while the host stops.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<GroupedWrite<TContext>>(MostPerCommit);
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            while (batch.Count < MostPerCommit && _queue.Reader.TryRead(out var write))
            {
                batch.Add(write);
            }
            await CommitAsync(batch).ConfigureAwait(false);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<GroupedWrite<TContext>> batch)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            using var turn = await SqliteWriter.EnterAsync(db.Database, CancellationToken.None).ConfigureAwait(false);
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None).ConfigureAwait(false);
            foreach (var write in batch)
            {
                await write.RunAsync(db, scope.ServiceProvider, CancellationToken.None).ConfigureAwait(false);
            }
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception) when (batch.Count > 1)
        {
            foreach (var write in batch)
            {
                await CommitAsync([write]).ConfigureAwait(false);
            }
            return;
        }
        catch (Exception failure)
        {
            batch[0].Fail(failure);
            return;
        }
        foreach (var write in batch)
        {
            write.Complete();
        }
    }
}
