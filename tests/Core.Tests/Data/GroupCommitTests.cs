using System.Collections.Concurrent;
using ChildSafety.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Core.Tests.Data;

/// <summary>
/// Writes are given while a first one is held at a gate inside its commit, so that they queue meanwhile and meet in
/// one transaction, as answers given at the same moment do under load.
/// </summary>
public sealed class GroupCommitTests : IAsyncLifetime
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, Guid> _transactionOf = new();
    private SqliteCoreDatabase _database = null!;
    private GroupCommit<CoreDbContext> _commits = null!;

    public async Task InitializeAsync()
    {
        _database = await SqliteCoreDatabase.CreateAsync();
        await using var scope = _database.Scope();
        _commits = scope.ServiceProvider.GetRequiredService<GroupCommit<CoreDbContext>>();
        await _commits.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        _gate.TrySetResult();
        await _commits.StopAsync(CancellationToken.None);
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Writes_given_while_a_commit_is_under_way_share_the_next_one_and_each_caller_gets_its_own_result()
    {
        var first = await FirstHeldAtTheGateAsync();
        var queued = Enumerable.Range(1, 40).Select(i => Stamp($"tag-{i}")).ToList();
        _gate.SetResult();

        Assert.Equal(1, await first);
        Assert.All(await Task.WhenAll(queued), affected => Assert.Equal(1, affected));
        Assert.Equal(41, await StampCountAsync());
        Assert.Single(_transactionOf.Where(t => t.Key.StartsWith("tag-")).Select(t => t.Value).Distinct());
        Assert.NotEqual(_transactionOf["first"], _transactionOf["tag-1"]);
    }

    [Fact]
    public async Task A_write_that_fails_fails_alone_and_the_others_of_its_commit_stay()
    {
        await Stamp("taken");
        var first = await FirstHeldAtTheGateAsync();
        var before = Stamp("before");
        var clash = Stamp("taken");
        var after = Stamp("after");
        _gate.SetResult();

        await first;
        Assert.Equal(1, await before);
        Assert.Equal(1, await after);
        Assert.True(DatabaseErrors.IsUniqueViolation(await Assert.ThrowsAnyAsync<Exception>(() => clash)));
        Assert.Equal(4, await StampCountAsync());
    }

    [Fact]
    public async Task Stopping_commits_every_write_already_accepted_and_refuses_later_ones()
    {
        var first = await FirstHeldAtTheGateAsync();
        var queued = Enumerable.Range(1, 5).Select(i => Stamp($"tag-{i}")).ToList();
        var stopping = _commits.StopAsync(CancellationToken.None);
        _gate.SetResult();
        await stopping;

        await first;
        await Task.WhenAll(queued);
        Assert.Equal(6, await StampCountAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => Stamp("late"));
    }

    /// <summary>A write given services gets those of the commit's scope, whose context is the one it writes through.</summary>
    [Fact]
    public async Task A_write_that_needs_services_takes_them_from_the_commits_own_scope()
    {
        await using var caller = _database.Scope();
        var callerContext = caller.ServiceProvider.GetRequiredService<CoreDbContext>();

        var (sameAsWriter, sameAsCaller) = await _commits.RunAsync((db, services, _) =>
        {
            var resolved = services.GetRequiredService<CoreDbContext>();
            return Task.FromResult((ReferenceEquals(resolved, db), ReferenceEquals(resolved, callerContext)));
        }, CancellationToken.None);

        Assert.True(sameAsWriter);
        Assert.False(sameAsCaller);
    }

    private Task<int> Stamp(string tag, bool waitForGate = false)
    {
        return _commits.RunAsync(async (db, cancellationToken) =>
        {
            _transactionOf[tag] = db.Database.CurrentTransaction!.TransactionId;
            if (waitForGate)
            {
                await _gate.Task;
            }
            return await db.Database.ExecuteSqlAsync($"INSERT INTO \"CacheStamps\" (\"Tag\", \"Version\") VALUES ({tag}, 1)", cancellationToken);
        }, CancellationToken.None);
    }

    /// <summary>A first write, running and held at the gate: every write given from now on waits for the next commit.</summary>
    private async Task<Task<int>> FirstHeldAtTheGateAsync()
    {
        var first = Stamp("first", waitForGate: true);
        while (!_transactionOf.ContainsKey("first"))
        {
            await Task.Delay(10);
        }
        return first;
    }

    private async Task<int> StampCountAsync()
    {
        await using var scope = _database.Scope();
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().CacheStamps.CountAsync();
    }
}
