using ChildSafety.Training.Assignments;
using Microsoft.Extensions.DependencyInjection;

namespace ChildSafety.Site.Tests.Scale;

/// <summary>
/// A province's lists (150,000 people, a nation's 50,000 schools) end up in queries as "one of these ids": they must
/// travel as one parameter, not one per element, which SQLite refuses beyond 32,766 and PostgreSQL beyond 65,535.
/// </summary>
public abstract class LongListSpecs(SiteServer server)
{
    [EngineFact]
    public async Task A_query_for_more_ids_than_either_engine_accepts_parameters_still_answers()
    {
        var person = await new PersonBuilder(server).Named("Phạm Thị Dài Danh").CreateAsync();
        List<Guid> ids = [.. Enumerable.Range(0, 70_000).Select(_ => Guid.NewGuid()), person.Id];

        await using var scope = server.Services.CreateAsyncScope();
        var names = await scope.ServiceProvider.GetRequiredService<MemberDirectory>().NamesAsync(ids, CancellationToken.None);

        Assert.Equal("Phạm Thị Dài Danh", Assert.Single(names).Value);
    }
}

public sealed class LongListsOnSqlite(SqliteSite server) : LongListSpecs(server), IClassFixture<SqliteSite>;

public sealed class LongListsOnPostgres(PostgresSite server) : LongListSpecs(server), IClassFixture<PostgresSite>;
