using ChildSafety.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Durability;

/// <summary>
/// The site as its own process, killed with SIGKILL in the middle of a burst of writes from many clients at once,
/// then started again: every write the site had answered with success is in the database.
/// </summary>
public abstract class KillDuringBurstSpecs(SiteServer server)
{
    private const int PerKind = 24;
    private const int Clients = 16;

    [EngineFact]
    public async Task Every_write_answered_with_success_survives_a_kill()
    {
        var submitters = new List<Submitter>();
        foreach (var kind in SubmissionKinds.All)
        {
            submitters.AddRange(await kind(server, PerKind));
        }
        await server.StopAsync();
        var settings = new Dictionary<string, string?>(server.StorageSettings) { ["RateLimits:Login:PermitLimit"] = "100000" };
        var answered = new List<Submitter>();
        await using (var site = await SiteProcess.StartAsync(settings))
        {
            var clients = submitters.Select(_ => new SiteClient(site.BaseAddress)).ToList();
            var writes = new List<Func<Task<bool>>>();
            for (var i = 0; i < submitters.Count; i++)
            {
                writes.Add(await submitters[i].ReadyAsync(clients[i]));
            }

            var successes = 0;
            var gate = new SemaphoreSlim(Clients);
            var burst = writes.Select(async (write, i) =>
            {
                await gate.WaitAsync();
                try
                {
                    if (await write())
                    {
                        lock (answered)
                        {
                            answered.Add(submitters[i]);
                        }
                        Interlocked.Increment(ref successes);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or IOException or System.Net.Sockets.SocketException)
                {
                    // The connection died with the process, while sending or while reading the answer: the client was
                    // never told it succeeded.
                }
                finally
                {
                    gate.Release();
                }
            }).ToList();
            var all = Task.WhenAll(burst);
            while (Volatile.Read(ref successes) < submitters.Count / 3 && !all.IsCompleted)
            {
                await Task.Delay(5);
            }
            await site.KillAsync();
            await all;
            clients.ForEach(c => c.Dispose());
        }

        await server.RestartAsync();
        var lost = new List<string>();
        foreach (var submitter in answered)
        {
            if (!await submitter.IsStoredAsync(server.Services))
            {
                lost.Add(submitter.Description);
            }
        }

        Assert.True(answered.Count >= submitters.Count / 3, $"Only {answered.Count} of {submitters.Count} writes answered before the kill.");
        Assert.True(lost.Count == 0, $"{lost.Count} of {answered.Count} answered writes were lost:\n{string.Join("\n", lost)}");
    }
}

public sealed class KillDuringBurstOnSqlite(SqliteSite server) : KillDuringBurstSpecs(server), IClassFixture<SqliteSite>
{
    /// <summary>What makes an answered write survive on SQLite: the write-ahead log, synced at every commit.</summary>
    [Fact]
    public async Task Sqlite_runs_in_wal_mode_with_full_synchronous_commits()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        await using var journal = connection.CreateCommand();
        journal.CommandText = "PRAGMA journal_mode";
        await using var synchronous = connection.CreateCommand();
        synchronous.CommandText = "PRAGMA synchronous";

        Assert.Equal("wal", (string?)await journal.ExecuteScalarAsync());
        Assert.Equal(2L, (long)(await synchronous.ExecuteScalarAsync())!);
    }
}

public sealed class KillDuringBurstOnPostgres(PostgresSite server) : KillDuringBurstSpecs(server), IClassFixture<PostgresSite>;
