using ChildSafety.Core.Organizations;
using ChildSafety.Core.Text;
using ChildSafety.Training.Assignments;
using ChildSafety.Training.Audit;
using ChildSafety.Training.Audit.Indicators;
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

    /// <summary>
    /// A nation's dashboard counts again only the organizations a write outdated, by id: after a national policy
    /// that can be tens of thousands of them, read through the audit's own context.
    /// </summary>
    [EngineFact]
    public async Task An_indicator_counting_again_more_organizations_than_either_engine_accepts_parameters_still_answers()
    {
        var province = await server.OrganizationAsync("SGD-BM");
        var root = new AuditUnit(province.Id, province.Name, province.Kind, null, null, province.Path);
        List<AuditUnit> schools = [.. Enumerable.Range(1, 70_000).Select(i => new AuditUnit(-i, $"Trường {i}", OrganizationKind.School,
            SchoolLevel.Primary, province.Id, OrganizationPath.Child(province.Path, -i)))];
        var outdated = new AuditTree(root, [root, .. schools]).Only(schools);

        await using var scope = server.Services.CreateAsyncScope();
        var awareness = scope.ServiceProvider.GetServices<IIndicator>().Single(i => i.Key == AwarenessIndicator.IndicatorKey);
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var figures = await awareness.ComputeAsync(outdated, AuditPeriod.Of(SchoolYear.Current(clock), clock), CancellationToken.None);

        Assert.Equal(70_000, figures.ByUnit.Count);
    }
}

public sealed class LongListsOnSqlite(SqliteSite server) : LongListSpecs(server), IClassFixture<SqliteSite>;

public sealed class LongListsOnPostgres(PostgresSite server) : LongListSpecs(server), IClassFixture<PostgresSite>;
