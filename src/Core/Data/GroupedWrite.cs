using Microsoft.EntityFrameworkCore;

namespace ChildSafety.Core.Data;

/// <summary>One write waiting in <see cref="GroupCommit{TContext}"/>; its caller hears of it only after the commit.</summary>
internal abstract class GroupedWrite<TContext>
    where TContext : DbContext
{
    public abstract Task RunAsync(TContext db, IServiceProvider services, CancellationToken cancellationToken);

    public abstract void Complete();

    public abstract void Fail(Exception failure);
}

internal sealed class GroupedWrite<TContext, T>(Func<TContext, IServiceProvider, CancellationToken, Task<T>> write) : GroupedWrite<TContext>
    where TContext : DbContext
{
    // Continuations run off the committing loop, which goes on with the next batch at once.
    private readonly TaskCompletionSource<T> _committed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T _result = default!;

    public Task<T> Committed => _committed.Task;

    public override async Task RunAsync(TContext db, IServiceProvider services, CancellationToken cancellationToken) =>
        _result = await write(db, services, cancellationToken).ConfigureAwait(false);

    public override void Complete() => _committed.TrySetResult(_result);

    public override void Fail(Exception failure) => _committed.TrySetException(failure);
}
